/**
 * npm run bench:orders — 500 generated orders through the sandbox at Brightpearl's real budget
 * (200 requests per minute unless BENCH_CAP says otherwise). Prints one JSON line.
 * Per-order calls are counted by the flow and cross-checked against the simulator's request log.
 */
import { startSandbox } from '@bpkc/sandbox';

import { placeGeneratedOrders, waitForWriteBack } from '../support/sandbox-helpers';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 500);
const CAP = Number(process.env.BENCH_CAP ?? 200);

async function main(): Promise<void> {
  // Webhooks and the catalog import are left out: this measures what orders cost.
  const rig = await startSandbox({
    cap: CAP,
    catalogSize: 200,
    seed: 2026,
    warmProductCache: false,
    connectOnListen: false,
  });
  try {
    const started = Date.now();
    const warmup = await rig.companion.warmProductCache();
    const placed = placeGeneratedOrders(rig, ORDERS);
    await waitForWriteBack(
      rig,
      placed.map((order) => order.OrderGUID),
      30 * 60_000,
    );
    const seconds = (Date.now() - started) / 1000;
    const perKind = await rig.companion.store.query<{
      kind: string;
      orders: string;
      calls: string;
    }>(
      `SELECT customer_kind AS kind, count(*) AS orders, sum(brightpearl_calls) AS calls
       FROM order_sync WHERE state = 'synced' GROUP BY customer_kind`,
    );
    const kind = (name: string) => perKind.find((row) => row.kind === name);
    const ratio = (name: string) =>
      round(Number(kind(name)?.calls ?? 0) / Number(kind(name)?.orders ?? 1));
    const brightpearlCalls = rig.brightpearl.requestLog.count();
    const attributed = perKind.reduce((sum, row) => sum + Number(row.calls), 0) + warmup.calls;
    console.log(
      JSON.stringify({
        orders: placed.length,
        brightpearlCalls,
        callsPerOrder: round(brightpearlCalls / placed.length),
        callsPerOrderReturning: ratio('returning'),
        callsPerOrderNew: ratio('new'),
        seconds: round(seconds),
        returningOrders: Number(kind('returning')?.orders ?? 0),
        newOrders: Number(kind('new')?.orders ?? 0),
        warmupCalls: warmup.calls,
        unattributedCalls: brightpearlCalls - attributed,
        throttled: rig.brightpearl.requestLog.countThrottled(),
        cap: CAP,
      }),
    );
  } finally {
    await rig.stop();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
