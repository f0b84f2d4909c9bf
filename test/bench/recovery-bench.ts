/**
 * npm run bench:recovery — recovery after a crash (issue 11, ADR 0016). One companion (a real
 * child process on Postgres) gets ~50 orders; once part of them are in Brightpearl it is
 * SIGKILLed with orders in hand, restarted, and timed from the restart until every order is in
 * Brightpearl exactly once and written back to Kentico (BENCH_STORE=pglite: the one-process
 * shape). Prints one JSON line; exit 1 when an
 * order is lost or duplicated, or recovery took longer than the 30 s target.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { createOrderGenerator } from '@bpkc/sandbox';

import { type RecoveryRig, startRecoveryRig } from './recovery-rig';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 50);
/** High by default: this measures recovery, not Brightpearl's budget (bench:orders does that). */
const CAP = Number(process.env.BENCH_CAP ?? 2000);
/** BENCH_STORE=pglite: one process on embedded PGlite instead (the restart reopens its folder). */
const PGLITE = process.env.BENCH_STORE === 'pglite';
const DATABASE_URL = PGLITE
  ? undefined
  : (process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const TARGET_SECONDS = 30;
const GIVE_UP_MS = 5 * 60_000;

/** Per placed order: Brightpearl orders carrying its GUID, and whether Kentico has the id. */
function tally(rig: RecoveryRig, guids: readonly string[]) {
  const copies = new Map<string, number>(guids.map((guid) => [guid, 0]));
  for (const order of rig.brightpearl.state.orders.values()) {
    const ref = order.externalRef;
    if (order.orderTypeCode === 'SO' && ref && copies.has(ref))
      copies.set(ref, copies.get(ref)! + 1);
  }
  const writtenBack = new Set<string>(
    rig.kentico
      .listOrders()
      .filter((order) => order.BpcBrightpearlOrderID !== null)
      .map((order) => order.OrderGUID),
  );
  const counts = [...copies.values()];
  return {
    inBrightpearl: counts.filter((n) => n >= 1).length,
    duplicated: counts.filter((n) => n > 1).length,
    done: guids.filter((guid) => copies.get(guid) === 1 && writtenBack.has(guid)).length,
  };
}

async function until(probe: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Jobs the restarted instance handed back after the kill (from its log), to show the path taken. */
function handedBack(dir: string): number {
  const log = readFileSync(join(dir, 'companion.log'), 'utf8');
  // Postgres: a survivor's heartbeat ("jobs"); PGlite: the restart itself ("count").
  const lines = log.split('\n').filter((line) => line.includes('handed back'));
  return lines.reduce(
    (sum, line) => sum + Number(/"(?:jobs|count)":(\d+)/.exec(line)?.[1] ?? 0),
    0,
  );
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bpkc-recovery-'));
  const rig = await startRecoveryRig({ databaseUrl: DATABASE_URL, cap: CAP, dir });
  process.once('exit', () => rig.companion.killNow());
  try {
    await rig.companion.start();
    const generator = createOrderGenerator({ seed: 7, catalog: rig.catalog });
    // Slow answers keep orders in hand, so the kill lands mid-flight rather than between jobs.
    rig.brightpearl.setFaults({ slowMs: { rate: 0.5, ms: 1500 } });
    const guids = Array.from(
      { length: ORDERS },
      () => rig.kentico.placeOrder(generator.nextOrder()).OrderGUID,
    );
    const midFlight = await until(() => tally(rig, guids).inBrightpearl >= ORDERS / 4, GIVE_UP_MS);
    if (!midFlight) throw new Error('orders did not start syncing');
    await rig.companion.kill();
    const beforeKill = tally(rig, guids);
    const jobsInHandAtKill = await rig.activeJobs();
    rig.brightpearl.setFaults({});
    const restarted = Date.now();
    await rig.companion.start();
    const healthySeconds = (Date.now() - restarted) / 1000;
    const recovered = await until(() => tally(rig, guids).done === ORDERS, GIVE_UP_MS);
    const recoverySecondsAfterKill = Math.round((Date.now() - restarted) / 100) / 10;
    await sleep(2_000); // a late duplicate would show up now
    const after = tally(rig, guids);
    const ok = recovered && after.duplicated === 0 && recoverySecondsAfterKill <= TARGET_SECONDS;
    const result = {
      recoverySecondsAfterKill,
      store: PGLITE ? 'pglite' : 'postgres',
      targetSeconds: TARGET_SECONDS,
      orders: ORDERS,
      syncedBeforeKill: beforeKill.done,
      jobsInHandAtKill,
      jobsHandedBack: handedBack(dir),
      restartToHealthySeconds: Math.round(healthySeconds * 10) / 10,
      synced: after.done,
      duplicated: after.duplicated,
      ok,
    };
    console.log(JSON.stringify(result));
    if (ok) rmSync(dir, { recursive: true, force: true });
    else console.error(`companion log kept in ${dir}`);
    return ok ? 0 : 1;
  } finally {
    await rig.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
