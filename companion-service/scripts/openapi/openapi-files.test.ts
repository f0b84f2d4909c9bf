import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const REPOSITORY_DIR = path.resolve(__dirname, '../../..');

/**
 * `npm run check:openapi` in a child process: openapi-typescript's dependencies are ES modules
 * jest's CommonJS transform cannot load, and this is the command CI runs anyway.
 */
async function checkOpenApi(): Promise<{ code: number; output: string }> {
  const tsx = path.join(REPOSITORY_DIR, 'node_modules/tsx/dist/cli.mjs');
  const cli = path.join(__dirname, 'cli.ts');
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [tsx, '--conditions=source', cli, '--check'],
      { cwd: REPOSITORY_DIR },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('npm run check:openapi', () => {
  it('finds docs/openapi.json and the admin module’s generated client up to date', async () => {
    // When this fails: run `npm run generate:openapi` and commit both files.
    const result = await checkOpenApi();
    expect(result).toEqual({ code: 0, output: 'OpenAPI files up to date\n' });
  });
});
