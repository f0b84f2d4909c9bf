import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The companion as a REAL child process (`main.ts`, live mode from env vars), so a SIGKILL is a
 * real crash: no stop(), no finally blocks, the PGlite folder left as it was mid-write.
 */
export interface CompanionProcess {
  readonly url: string;
  start(): Promise<void>;
  /** SIGKILL, waiting until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (graceful stop), SIGKILL if it has not exited within 20 s. */
  stop(): Promise<void>;
  /** Kills the child synchronously; safe to call on any exit path. */
  killNow(): void;
  /** Starts that died on their own (before being killed), e.g. a crash during startup. */
  readonly unexpectedExits: number;
}

/** The /api/status token every companion started here gets (the chaos run reads its status). */
export const TEST_METRICS_TOKEN = 'chaos-metrics-token-0123456789abcdef-01234';
export const metricsAuth = { authorization: `Bearer ${TEST_METRICS_TOKEN}` };

export function companionProcess(options: {
  repoRoot: string;
  env: Record<string, string>;
  logFile: string;
}): CompanionProcess {
  const url = `http://127.0.0.1:${options.env['PORT']}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let expectingExit = false;
  let unexpectedExits = 0;
  const log = openSync(options.logFile, 'a');

  const launch = () => {
    writeSync(log, `\n--- companion start ${new Date().toISOString()}\n`);
    const spawned = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'companion-service/src/main.ts'],
      {
        cwd: options.repoRoot,
        // Only what the companion needs: nothing from this shell (e.g. DATABASE_URL) leaks in.
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: process.env['HOME'] ?? '',
          METRICS_TOKEN: TEST_METRICS_TOKEN,
          ...options.env,
        },
        stdio: ['ignore', log, log],
      },
    );
    child = spawned;
    exited = new Promise((resolve) =>
      spawned.once('exit', (code, signal) => {
        if (!expectingExit) unexpectedExits += 1;
        writeSync(log, `--- companion exit code=${code} signal=${signal}\n`);
        if (child === spawned) child = undefined;
        resolve();
      }),
    );
  };

  const waitHealthy = async () => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (!child) launch(); // died during startup: start it again, as App Service would
      const ok = await fetch(`${url}/api/status`, {
        headers: metricsAuth,
        signal: AbortSignal.timeout(2_000),
      })
        .then((res) => res.ok)
        .catch(() => false);
      if (ok) return;
      await sleep(250);
    }
    throw new Error(`companion did not answer within 60 s (log: ${options.logFile})`);
  };

  const end = async (signal: NodeJS.Signals, graceMs: number) => {
    if (!child) return;
    expectingExit = true;
    child.kill(signal);
    const timer = setTimeout(() => child?.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    expectingExit = false;
  };

  return {
    url,
    get unexpectedExits() {
      return unexpectedExits;
    },
    async start() {
      launch();
      await waitHealthy();
    },
    kill: () => end('SIGKILL', 0),
    stop: async () => {
      await end('SIGTERM', 20_000);
      closeSync(log);
    },
    killNow() {
      child?.kill('SIGKILL');
    },
  };
}
