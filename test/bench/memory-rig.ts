import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import type { BrightpearlSimulator, CatalogItem, KenticoSimulator } from '@bpkc/sandbox';

import { dropSchemas, simulators } from './memory-simulators';

const REPO_ROOT = resolve(__dirname, '../..');

/**
 * How the companion is launched. `dist`: `node companion-service/dist/main.js`, the production
 * start command (docs/deployment-azure.md; needs `npm run build`). `tsx`: from source, as the
 * other rigs and `npm run start:companion` do — tsx adds its own memory (and an esbuild child).
 */
export type Runner = 'dist' | 'tsx';

export interface MemoryRig {
  brightpearl: BrightpearlSimulator;
  kentico: KenticoSimulator;
  catalog: CatalogItem[];
  /** The companion's process id while it runs. */
  pid(): number | undefined;
  start(): Promise<void>;
  /** SIGKILL: the next start() reopens the same store, as a restarted App Service would. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Both simulators in this process and the companion as a real child process, set up as the
 * recovery bench's rig does (a fixed port, so Kentico keeps delivering across a restart), on
 * embedded PGlite in its DATA_DIR or on a fresh schema of a Postgres.
 */
export async function startMemoryRig(input: {
  databaseUrl?: string;
  cap: number;
  dir: string;
  runner: Runner;
  /** Node options for the companion, e.g. a V8 heap limit to compare with. */
  nodeFlags?: string[];
}): Promise<MemoryRig> {
  const entry =
    input.runner === 'dist' ? 'companion-service/dist/main.js' : 'companion-service/src/main.ts';
  if (!existsSync(join(REPO_ROOT, entry))) {
    throw new Error(`${entry} is missing: run \`npm run build\` first (or BENCH_RUNNER=tsx)`);
  }
  const schema = `memory_${randomBytes(5).toString('hex')}`;
  const { brightpearl, kentico, catalog, bridge, bp, env } = await simulators(input, schema);
  const log = openSync(join(input.dir, 'companion.log'), 'a');
  const runnerArgs = input.runner === 'dist' ? [] : ['--conditions=source', '--import', 'tsx'];
  const args = [...(input.nodeFlags ?? []), ...runnerArgs, entry];
  let child: ChildProcess | undefined;
  return {
    brightpearl,
    kentico,
    catalog,
    pid: () => child?.pid,
    async start() {
      const spawned = spawn(process.execPath, args, {
        cwd: REPO_ROOT,
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
        stdio: ['ignore', log, log],
      });
      child = spawned;
      spawned.once('exit', () => {
        if (child === spawned) child = undefined;
      });
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline && child) {
        const url = `http://127.0.0.1:${env['PORT']}/healthz`;
        const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) })
          .then((res) => res.ok)
          .catch(() => false);
        if (ok) return;
        await sleep(100);
      }
      throw new Error(`companion did not start (log: ${join(input.dir, 'companion.log')})`);
    },
    async kill() {
      const running = child;
      if (!running) return;
      const gone = new Promise((done) => running.once('exit', done));
      running.kill('SIGKILL');
      await gone;
    },
    async close() {
      child?.kill('SIGKILL');
      closeSync(log);
      await kentico.close();
      await bridge.close();
      await bp.close();
      await brightpearl.close();
      if (input.databaseUrl) await dropSchemas(input.databaseUrl, schema);
    },
  };
}
