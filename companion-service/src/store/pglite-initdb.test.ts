import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createSilentLogger } from '../observability/logger';
import { openStore } from './open-store';

/** A silent logger whose info lines can be read back. */
function recordingLogger() {
  const logger = createSilentLogger();
  const info = jest.spyOn(logger, 'info');
  const infos = () => info.mock.calls.map((call) => call as unknown[]);
  return { logger, infos };
}

describe('embedded store: a new data folder (ADR 0022)', () => {
  let parent: string;

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'bpkc-initdb-'));
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it('is created by a child process with small buffers, moved in whole, and reused on reopen', async () => {
    const dataDir = join(parent, 'fresh');
    const { logger, infos } = recordingLogger();
    const first = await openStore({ dataDir, logger });
    const settings = await first.query<{ shared_buffers: string }>('SHOW shared_buffers');
    await first.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');
    await first.close();

    expect(settings).toEqual([{ shared_buffers: '16MB' }]);
    const created = infos().filter(([message]) => message === 'Embedded database created');
    expect(created).toHaveLength(1);
    expect(created[0]?.[1]).toMatchObject({ initdbProcessPeakMb: expect.any(Number) });
    expect(await readFile(join(dataDir, 'postgresql.conf'), 'utf8')).toMatch(
      /^shared_buffers = '?16MB/m,
    );
    expect(await readdir(parent)).toEqual(['fresh']); // no scratch folder left beside it

    const again = recordingLogger();
    const second = await openStore({ dataDir, logger: again.logger });
    expect(await second.query('SELECT n FROM kept')).toEqual([{ n: 7 }]);
    await second.close();
    expect(again.infos().some(([message]) => message === 'Embedded database created')).toBe(false);
  });

  it('overrides the buffers of a folder created before, whatever its postgresql.conf says', async () => {
    const dataDir = join(parent, 'older');
    await (await openStore({ dataDir, logger: createSilentLogger() })).close();
    await appendFile(join(dataDir, 'postgresql.conf'), "\nshared_buffers = '128MB'\n");

    const store = await openStore({ dataDir, logger: createSilentLogger() });
    const settings = await store.query('SHOW shared_buffers');
    await store.close();

    expect(settings).toEqual([{ shared_buffers: '16MB' }]);
  });

  it('refuses a non-empty folder that holds no database, and leaves it untouched', async () => {
    const dataDir = join(parent, 'foreign');
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'notes.txt'), 'not a database');

    await expect(openStore({ dataDir, logger: createSilentLogger() })).rejects.toThrow(
      /not empty but holds no database/,
    );
    expect(await readdir(dataDir)).toEqual(['notes.txt']);
  });

  it('clears the scratch folder of a start that died mid-initdb (DATA_DIR given with a slash)', async () => {
    const dataDir = `${join(parent, 'retried')}/`;
    await mkdir(join(parent, 'retried.initdb-999999', 'base'), { recursive: true });

    await (await openStore({ dataDir, logger: createSilentLogger() })).close();

    const left = (await readdir(parent)).filter((name) => name.startsWith('retried'));
    expect(left).toEqual(['retried']);
  });
});
