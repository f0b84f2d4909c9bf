import { setFlagsFromString } from 'node:v8';

import { PGlite } from '@electric-sql/pglite';

/**
 * Postgres settings of the embedded store (ADR 0022). PGlite's WASM heap holds Postgres' whole
 * "shared memory", and Emscripten zero-fills it when Postgres maps it, so every MB configured
 * here is a resident MB for the life of the process. The defaults initdb picks (128 MB of
 * shared_buffers, 145 MB of shared memory in all) are sized for a server; the companion's
 * tables are small and the operating system's page cache still holds what the buffers do not.
 */
export const PGLITE_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
  // Index builds and VACUUM: allocated on use, but a WASM heap never shrinks once grown.
  maintenance_work_mem: '16MB',
};

const pairs = () => Object.entries(PGLITE_SETTINGS).map(([name, value]) => `${name}=${value}`);

/**
 * On every start: a data folder created before these settings still carries initdb's values in
 * its postgresql.conf, and the command line wins over the file.
 */
export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, ...pairs().flatMap((pair) => ['-c', pair])];
}

/** initdb writes them into postgresql.conf (`--set`), so the folder itself carries them. */
export function pgliteInitdbParams(): string[] {
  return pairs().flatMap((pair) => ['--set', pair]);
}

let baselineOnly = false;

/**
 * V8 compiles PGlite's 9 MB of WASM with its baseline compiler (Liftoff) only, never with the
 * optimising one (TurboFan): measured ~60 MB less resident memory for the process' lifetime and
 * no background compiles competing for the CPU at start-up, at no measurable cost per statement
 * (PGlite's time goes mostly to its JavaScript side and file I/O; ADR 0022).
 * It is a process-wide V8 flag and only takes effect for WASM compiled after it is set, hence
 * before the first PGlite of the process. PGlite is the only WASM the companion runs.
 */
export function useBaselineWasmCompiler(): void {
  if (baselineOnly) return;
  setFlagsFromString('--liftoff-only');
  baselineOnly = true;
}
