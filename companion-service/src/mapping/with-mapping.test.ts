import { createSilentLogger } from '../observability/logger';
import { migrate, openStore, type Store } from '../store';
import { openMappingSource } from './mapping-source';
import { saveMappingVersion } from './mapping-writes';
import { testMapping } from './test-mappings';
import { withMapping } from './with-mapping';

const logger = createSilentLogger();

describe('withMapping', () => {
  let store: Store;

  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
  });
  afterAll(() => store.close());

  it('runs a job started before a save on the version it read; the next job gets the new one', async () => {
    const mappings = await openMappingSource({ db: store, initial: testMapping({ Standard: 1 }) });
    const seen: Array<{ version: number; standard: number | undefined }> = [];
    let started!: () => void;
    const isRunning = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handler = withMapping({ mappings }, async (deps, job: { data: { gated: boolean } }) => {
      if (job.data.gated) {
        started();
        await gate;
      }
      // Read after the save committed: the job must still see the mapping it started with.
      seen.push({ version: deps.mappingVersion, standard: deps.mapping.shippingMethods.Standard });
    });

    const running = handler({ id: '1', data: { gated: true }, retryCount: 0 });
    await isRunning;
    await saveMappingVersion(store, {
      mapping: testMapping({ Standard: 7 }),
      author: 'alice',
    });
    release();
    await running;
    await handler({ id: '2', data: { gated: false }, retryCount: 0 });

    expect(seen).toEqual([
      { version: 1, standard: 1 },
      { version: 2, standard: 7 },
    ]);
  });
});
