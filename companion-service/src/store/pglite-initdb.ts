import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

import type { Logger } from '../observability/logger';
import { pgliteInitdbParams, pgliteStartParams } from './pglite-settings';

/**
 * Creating a PGlite database runs initdb inside a second PGlite instance that copies its whole
 * 128 MB heap, plus a tarball of the new folder: ~0.8 GB, and the process never gives that
 * memory back (ADR 0022). A short-lived child process does it instead, so the companion's own
 * heap only ever holds the one instance it works with. `--liftoff-only`: the child's work is
 * a one-off, where V8 optimising PGlite's 9 MB of WASM costs more memory and time than it saves.
 * CommonJS on purpose: it runs the same under tsx, jest and compiled `dist/`.
 */
const CHILD_SCRIPT = `
const [entry, dataDir, options] = process.argv.slice(1);
const { PGlite } = require(entry);
PGlite.create(dataDir, JSON.parse(options))
  .then((pg) => pg.close())
  .then(() => process.stdout.write(JSON.stringify({ peakKb: process.resourceUsage().maxRSS }) + '\\n'))
  .catch((error) => { process.stderr.write(String((error && error.stack) || error)); process.exit(1); });
`;

const SCRATCH_INFIX = '.initdb-';

/** Creates the database folder when it holds none yet; a no-op on every later start. */
export async function createPgliteDataDir(folder: string, logger: Logger): Promise<void> {
  const dataDir = resolve(folder); // no trailing slash: the scratch folder goes beside it, not in it
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  await assertEmptyOrAbsent(dataDir);
  await mkdir(dirname(dataDir), { recursive: true });
  await removeStaleScratch(dataDir);
  // Built aside and moved in whole: a crash mid-initdb leaves no half-made database behind.
  const scratch = `${dataDir}${SCRATCH_INFIX}${process.pid}`;
  const started = Date.now();
  const peakKb = await runInitdbChild(scratch);
  await rmdir(dataDir).catch(ignoreMissing);
  await rename(scratch, dataDir);
  logger.info('Embedded database created', {
    dataDir,
    ms: Date.now() - started,
    initdbProcessPeakMb: Math.round(peakKb / 1024),
  });
}

async function assertEmptyOrAbsent(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch(ignoreMissing);
  if (entries && entries.length > 0) {
    throw new Error(
      `DATA_DIR ${dataDir} is not empty but holds no database (no PG_VERSION): refusing to write into it`,
    );
  }
}

/** Folders left by a start that died mid-initdb (this process id or an earlier one). */
async function removeStaleScratch(dataDir: string): Promise<void> {
  const prefix = `${basename(dataDir)}${SCRATCH_INFIX}`;
  const siblings = (await readdir(dirname(dataDir)).catch(ignoreMissing)) ?? [];
  for (const name of siblings.filter((entry) => entry.startsWith(prefix))) {
    await rm(join(dirname(dataDir), name), { recursive: true, force: true });
  }
}

function runInitdbChild(scratch: string): Promise<number> {
  const options = { initDbStartParams: pgliteInitdbParams(), startParams: pgliteStartParams() };
  const args = [require.resolve('@electric-sql/pglite'), scratch, JSON.stringify(options)];
  const child = spawn(process.execPath, ['--liftoff-only', '-e', CHILD_SCRIPT, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const report = /\{"peakKb":(\d+)\}/.exec(stdout);
      if (code === 0 && report) resolve(Number(report[1]));
      else reject(new Error(`PGlite initdb failed (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}
