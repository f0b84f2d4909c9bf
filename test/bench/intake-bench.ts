import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { processCpu } from './intake-cpu';
import { eventSource } from './intake-events';
import { type LoadResult, percentile, runLoad } from './intake-load';
import { startIntakeRig } from './intake-rig';

/**
 * `npm run bench:intake [-- --store embedded] [--connections 16] [--seconds 20]`: signed Kentico
 * events (a peak-season mix, ~2 % outbox repeats) posted by several keep-alive senders, one event
 * in flight each, to ONE companion child process on Postgres (default) or embedded PGlite.
 * Prints a progress line a second and, last, one JSON line; `stored` is counted in the database
 * afterwards (on PGlite after a SIGKILL, so only what was durable is there) and must equal
 * `accepted` (distinct events answered 202). Exit 1 when they differ or anything got a 5xx.
 */
const { values: args } = parseArgs({
  options: {
    store: { type: 'string', default: 'postgres' },
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '20' },
    'log-level': { type: 'string', default: 'info' },
    // waiting: the flows' jobs wait on Kentico (intake's own figure); live: they fail fast.
    flows: { type: 'string', default: 'waiting' },
    // Keep the run's folder (companion log) even when the run passed.
    keep: { type: 'boolean', default: false },
    // RATE_LIMIT_WEBHOOKS_PER_MINUTE for the companion (default: its own; accepted events are
    // not counted, so a legitimate sender is never throttled).
    'rate-limit': { type: 'string' },
    // DATABASE_POOL_MAX for the companion (default: its own default).
    'pool-max': { type: 'string' },
    // A folder: the companion records a V8 CPU profile there (intake-cpu-profile.mjs, preloaded;
    // --cpu-prof itself is refused in NODE_OPTIONS). Open it in Chrome DevTools.
    'cpu-prof': { type: 'string' },
  },
});

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-intake-'));
  const databaseUrl =
    args.store === 'embedded'
      ? undefined
      : (process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test');
  const rig = await startIntakeRig({
    ...(databaseUrl ? { databaseUrl } : {}),
    dir,
    logLevel: args['log-level']!,
    flows: args.flows === 'live' ? 'live' : 'waiting',
    env: {
      ...(args['rate-limit'] ? { RATE_LIMIT_WEBHOOKS_PER_MINUTE: args['rate-limit'] } : {}),
      ...(args['pool-max'] ? { DATABASE_POOL_MAX: args['pool-max'] } : {}),
      ...(args['cpu-prof'] ? profiling(args['cpu-prof']) : {}),
    },
  });
  process.once('exit', () => rig.companion.killNow());
  try {
    await rig.companion.start();
    const events = eventSource(rig.secret);
    const cpu = processCpu(Number(new URL(rig.eventsUrl).port));
    await sleep(2_000); // start-up's own work (cache warm-up, webhook registration) settles
    const idle = await cpu.idleRate(3_000);
    const cpuBefore = cpu.ms();
    const load = await runLoad({
      url: rig.eventsUrl,
      connections: Number(args.connections),
      durationMs: Number(args.seconds) * 1000,
      nextEvent: () => events.next(),
      onProgress: (sofar) => process.stderr.write(`${progressLine(sofar)}\n`),
    });
    const cpuAfter = cpu.ms();
    // A SIGKILL leaves no profile behind: a profiled embedded run stops gracefully instead.
    if (!databaseUrl && !args['cpu-prof']) await rig.companion.kill();
    const stored = await rig.storedKentico();
    const line = {
      eventsPerSecond: Math.round(load.latenciesMs.length / (load.elapsedMs / 1000)),
      p99Ms: Math.round(percentile(load.latenciesMs, 99) * 10) / 10,
      stored,
      accepted: load.accepted.size,
    };
    // Minus what the idle companion spends anyway (polls, heartbeats) over the same time.
    const cpuPerEvent =
      cpuBefore === undefined || cpuAfter === undefined || idle === undefined
        ? 'n/a'
        : ((cpuAfter - cpuBefore - idle * load.elapsedMs) / load.latenciesMs.length).toFixed(2);
    process.stderr.write(
      `store=${args.store} flows=${args.flows} connections=${args.connections} ` +
        `companion CPU ms/event=${cpuPerEvent} (idle ${idle?.toFixed(3)} ms/ms) statuses=${statusText(load)}\n`,
    );
    const serverErrors = [...load.statuses].some(([status]) => status >= 500 || status === 0);
    const ok = stored === load.accepted.size && !serverErrors;
    if (ok && !args.keep) rmSync(dir, { recursive: true, force: true });
    else process.stderr.write(`companion log: ${join(dir, 'companion.log')}\n`);
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return ok ? 0 : 1;
  } finally {
    await rig.close();
  }
}

function profiling(folder: string): Record<string, string> {
  const preload = join(__dirname, 'intake-cpu-profile.mjs');
  mkdirSync(folder, { recursive: true });
  return { NODE_OPTIONS: `--import ${preload}`, CPU_PROFILE_DIR: resolve(folder) };
}

function progressLine(load: LoadResult): string {
  const seconds = load.elapsedMs / 1000;
  const rate = Math.round(load.latenciesMs.length / seconds);
  return `${seconds.toFixed(0)} s: ${load.latenciesMs.length} posted (${rate}/s), ${statusText(load)}`;
}

function statusText(load: LoadResult): string {
  return [...load.statuses].map(([status, n]) => `${status}×${n}`).join(' ');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
