import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The companion as a real child process (`main.ts`, live mode from env vars). Unlike the chaos
 * run's launcher it waits on the open `/healthz` (`/api/status` is behind a token) and never
 * restarts: any exit during the corpus is a crash.
 */
export interface CompanionChild {
  readonly url: string;
  readonly port: number;
  /** Set once the child exited on its own. */
  readonly exited: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  killNow(): void;
}

export function companionChild(options: {
  repoRoot: string;
  env: Record<string, string>;
  logFile: string;
  port: number;
}): CompanionChild {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  let exited = false;
  let stopping = false;
  const log = openSync(options.logFile, 'a');
  return {
    url,
    port: options.port,
    get exited() {
      return exited && !stopping;
    },
    async start() {
      child = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'companion-service/src/main.ts'],
        {
          cwd: options.repoRoot,
          env: {
            PATH: process.env['PATH'] ?? '',
            HOME: process.env['HOME'] ?? '',
            ...options.env,
            PORT: String(options.port),
          },
          stdio: ['ignore', log, log],
        },
      );
      child.once('exit', () => {
        exited = true;
      });
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline && !exited) {
        const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })
          .then((res) => res.ok)
          .catch(() => false);
        if (ok) return;
        await sleep(250);
      }
      throw new Error(`companion did not start (log: ${options.logFile})`);
    },
    async stop() {
      stopping = true;
      if (child && !exited) {
        const gone = new Promise((resolve) => child!.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
        await gone;
        clearTimeout(timer);
      }
      closeSync(log);
    },
    killNow() {
      if (!exited) child?.kill('SIGKILL');
    },
  };
}
