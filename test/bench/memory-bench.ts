/**
 * npm run bench:memory — resident memory of the companion as a real child process (issue 13,
 * ADR 0022), on the embedded PGlite store and on Postgres. Per store: a first start on an empty
 * data folder (PGlite runs initdb), an idle spell, BENCH_ORDERS orders flowing through the
 * simulators, then a restart on the now populated store. RSS and VmHWM come from
 * /proc/<pid>/status every 100 ms; "with children" adds the companion's child processes (the
 * initdb child of a first start). Launched as in production (`node companion-service/dist/main.js`,
 * after `npm run build`) unless BENCH_RUNNER=tsx. Prints a progress line while it runs and, last,
 * one JSON line. Figures are reported, not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { createOrderGenerator } from '@bpkc/sandbox';

import { orderTally } from './memory-orders';
import { type MemoryRig, type Runner, startMemoryRig } from './memory-rig';
import { MemorySampler, readMemory } from './memory-sampler';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 200);
const IDLE_MS = Number(process.env.BENCH_IDLE_SECONDS ?? 20) * 1000;
/** High: the load phase measures memory under a backlog, not Brightpearl's budget. */
const CAP = Number(process.env.BENCH_CAP ?? 2000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** BENCH_STORES=embedded (or postgres) measures one store only. */
const STORES = (process.env.BENCH_STORES ?? 'embedded,postgres').split(',');
/** dist (default): the production start command, after `npm run build`; tsx: from source. */
const RUNNER: Runner = process.env.BENCH_RUNNER === 'tsx' ? 'tsx' : 'dist';
/** BENCH_NODE_FLAGS="--max-old-space-size=128": Node options for the companion process. */
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const SETTLE_MS = 3_000;
const GIVE_UP_MS = 10 * 60_000;

/** `label`: store and phase, e.g. "embedded idle". */
function progress(label: string, sampler: MemorySampler): void {
  const last = sampler.last;
  const figures = last
    ? `rss ${last.rssMb} MB (with children ${last.treeRssMb} MB), high-water ${last.hwmMb} MB`
    : 'no reading yet';
  process.stderr.write(`memory-bench ${label}: ${figures}\n`);
}

/** Runs `work` while printing a progress line every 2 s. */
async function withProgress<T>(
  label: () => string,
  sampler: MemorySampler,
  work: Promise<T>,
): Promise<T> {
  const timer = setInterval(() => progress(label(), sampler), 2_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

/** The companion's own high-water mark once start-up has settled (it covers spikes between samples). */
async function startupPeak(rig: MemoryRig, sampler: MemorySampler, phase: string) {
  await sleep(SETTLE_MS);
  const pid = rig.pid();
  const hwm = pid === undefined ? 0 : (readMemory(pid)?.hwmMb ?? 0);
  sampler.phase(`${phase}-settled`);
  // A child (PGlite's initdb) may have come and gone: its peak only shows in the tree figure.
  return { withChildrenMb: Math.max(hwm, sampler.peak(phase).treeRssMb), ownMb: hwm };
}

async function measure(store: 'embedded' | 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-memory-'));
  const rig = await startMemoryRig({
    ...(store === 'postgres' ? { databaseUrl: DATABASE_URL } : {}),
    cap: CAP,
    dir,
    runner: RUNNER,
    nodeFlags: NODE_FLAGS,
  });
  const sampler = new MemorySampler(() => rig.pid());
  sampler.start();
  try {
    sampler.phase('first-start');
    await withProgress(() => `${store} first start`, sampler, rig.start());
    const firstStart = await startupPeak(rig, sampler, 'first-start');

    sampler.phase('idle');
    await withProgress(() => `${store} idle`, sampler, sleep(IDLE_MS));
    const idleMb = sampler.peak('idle').rssMb;

    sampler.phase('loaded');
    const generator = createOrderGenerator({ seed: 13, catalog: rig.catalog });
    const guids = Array.from(
      { length: ORDERS },
      () => rig.kentico.placeOrder(generator.nextOrder()).OrderGUID,
    );
    const tally = orderTally(rig, guids);
    const flowed = await withProgress(
      () => `${store} loaded (${tally().done}/${ORDERS} orders synced)`,
      sampler,
      tally.until((done) => done === ORDERS, GIVE_UP_MS),
    );
    const loadedMb = sampler.peak('loaded').rssMb;
    const { duplicated, done } = tally();

    await rig.kill();
    sampler.phase('restart');
    await withProgress(() => `${store} restart`, sampler, rig.start());
    const startupPeakMb = (await startupPeak(rig, sampler, 'restart')).withChildrenMb;
    sampler.phase('idle-after-restart');
    await sleep(Math.min(IDLE_MS, 10_000));
    const idleAfterRestartMb = sampler.peak('idle-after-restart').rssMb;
    progress(`${store} done`, sampler);
    return {
      startupPeakMb,
      idleMb,
      loadedMb,
      /** An empty store: the companion plus PGlite's initdb child, and the companion alone. */
      firstStartPeakMb: firstStart.withChildrenMb,
      firstStartOwnPeakMb: firstStart.ownMb,
      idleAfterRestartMb,
      orders: ORDERS,
      synced: done,
      duplicated,
      allSynced: flowed,
    };
  } finally {
    sampler.stop();
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = {};
  for (const store of STORES) {
    if (store !== 'embedded' && store !== 'postgres') throw new Error(`unknown store ${store}`);
    result[store] = await measure(store);
  }
  result['runner'] = RUNNER;
  result['nodeFlags'] = NODE_FLAGS.join(' ');
  result['machine'] = {
    cpus: cpus().length,
    memoryMb: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
  };
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
