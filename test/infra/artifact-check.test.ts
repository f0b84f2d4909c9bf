import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// scripts/check-artifact.mjs on small artifacts built here; `npm run check:artifact` runs it
// (and the start-up smoke) on the real one after `npm run package`.
const repoRoot = join(__dirname, '..', '..');

describe('the artifact check', () => {
  let dir: string;
  const file = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  /** A package under node_modules; `a/node_modules/b` is b nested under a. */
  const pkg = (path: string, dependencies: Record<string, string> = {}) =>
    file(
      `node_modules/${path}/package.json`,
      JSON.stringify({ name: path.split('/node_modules/').pop(), dependencies }),
    );
  const check = (...extra: string[]) =>
    spawnSync(
      process.execPath,
      ['scripts/check-artifact.mjs', '--artifact', dir, '--zip', join(dir, 'none.zip'), ...extra],
      { cwd: repoRoot, encoding: 'utf8' },
    );

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'artifact-check-'));
    file('companion-service/dist/main.js', '');
    file('companion-service/package.json', JSON.stringify({ dependencies: { express: '^5' } }));
    pkg('express');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a runtime-only artifact, with a types package a runtime dependency needs', () => {
    pkg('@opentelemetry/instrumentation-pg', { '@types/pg': '*' });
    pkg('@types/pg');
    const result = check();
    expect(result.stdout).toContain('no development dependencies');
    expect(result.status).toBe(0);
  });

  it.each([
    ['jest', /build tool jest is in the artifact/],
    ['typescript', /build tool typescript/],
    [
      '@types/jest',
      /devDependency @types\/jest is in the artifact and no runtime package needs it/,
    ],
    ['smtp-server', /devDependency smtp-server/],
  ])('fails when %s is in it', (name, expected) => {
    pkg(name);
    const result = check();
    expect(result.stderr).toMatch(expected);
    expect(result.status).toBe(1);
  });

  it('fails on a nested copy of a build tool too', () => {
    pkg('express/node_modules/tsx');
    expect(check().stderr).toMatch(/build tool tsx/);
  });

  it('fails when a workspace the companion does not run is in it', () => {
    file('sandbox/package.json', '{}');
    expect(check().stderr).toMatch(/sandbox does not belong in the artifact/);
  });

  it('fails over the size budget', () => {
    file('companion-service/dist/big.js', 'x'.repeat(200_000));
    const result = check('--max-mb', '0.1');
    expect(result.stderr).toMatch(/budget 0.1 MB/);
    expect(result.status).toBe(1);
  });

  it('fails without a built artifact', () => {
    rmSync(join(dir, 'companion-service'), { recursive: true });
    expect(check().stderr).toMatch(/run `npm run package` first/);
  });
});
