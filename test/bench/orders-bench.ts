/**
 * npm run bench:orders — 500 generated, paid orders through the sandbox at Brightpearl's real
 * budget (200 requests per rolling minute unless BENCH_CAP says otherwise; the companion's share
 * is BENCH_SHARE, default 1). Prints one JSON line, with the most requests the simulator counted
 * in any rolling 60 s (`maxRolling60s`, which must stay ≤ `shareLimit`) and orders per minute.
 * Per-order calls are counted by the flow; each order also carries its share of the batched
 * payment requests; the total is cross-checked against the simulator's request log.
 * Five business rules and every check (warn) run on each order: they must cost no call
 * (bench-rules.ts; no note or tag rules, whose follow-up requests would be counted here).
 */
import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { flowCalls } from '@bpkc/companion-service';

import { waitForWriteBack } from '../support/sandbox-helpers';
import { BENCH_CHECKS, BENCH_RULES, describeGate, GATE_OFF } from './bench-rules';
import { maxRolling } from './rolling-peak';
import { waitFor } from '../support/wait-for';
import { startProgress } from './bench-progress';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 500);
const CAP = Number(process.env.BENCH_CAP ?? 200);
const SHARE = Number(process.env.BENCH_SHARE ?? 1);
/** BENCH_GATE=off: no rules and every check off, to compare what the order gate costs. */
const GATE_ON = process.env.BENCH_GATE !== 'off';

async function main(): Promise<void> {
  // Webhooks and the catalog import are left out: this measures what orders cost.
  const rig = await startSandbox({
    cap: CAP,
    budgetShare: SHARE,
    catalogSize: 200,
    seed: 2026,
    warmProductCache: false,
    connectOnListen: false,
    paymentBatchWaitMs: 10_000,
    mapping: GATE_ON ? { ...SANDBOX_MAPPING, rules: BENCH_RULES, checks: BENCH_CHECKS } : GATE_OFF,
  });
  const progress = startProgress('bench:orders');
  try {
    const started = Date.now();
    const warmup = await rig.companion.warmProductCache();
    const placed = Array.from({ length: ORDERS }, () =>
      rig.kentico.placeOrder({ ...rig.generator.nextOrder(), status: 'PaymentReceived' }),
    );
    const calls = () => `Brightpearl calls ${rig.brightpearl.requestLog.count()}`;
    progress.phase({
      name: 'orders',
      done: async () => (await rig.companion.status()).orders.synced,
      total: placed.length,
      unit: 'synced',
      extra: calls,
    });
    await waitForWriteBack(
      rig,
      placed.map((order) => order.OrderGUID),
      30 * 60_000,
    );
    progress.phase({
      name: 'payments',
      done: () => recordedPayments(rig),
      total: placed.length,
      unit: 'recorded',
      extra: calls,
    });
    await waitFor(async () => (await recordedPayments(rig)) === placed.length, {
      timeoutMs: 10 * 60_000,
    });
    const seconds = (Date.now() - started) / 1000;
    const perKind = await rig.companion.store.query<{
      kind: string;
      orders: string;
      calls: string;
    }>(
      `SELECT customer_kind AS kind, count(*) AS orders, sum(brightpearl_calls) AS calls
       FROM order_sync WHERE state = 'synced' GROUP BY customer_kind`,
    );
    const log = rig.brightpearl.requestLog;
    // Payments go ten per multi-message: each order carries its share of those requests.
    const paymentCalls = await flowCalls(rig.companion.store, 'payments');
    const kind = (name: string) => perKind.find((row) => row.kind === name);
    const ratio = (name: string) =>
      round(
        Number(kind(name)?.calls ?? 0) / Number(kind(name)?.orders ?? 1) +
          paymentCalls / placed.length,
      );
    const brightpearlCalls = log.count();
    const attributed =
      perKind.reduce((sum, row) => sum + Number(row.calls), 0) + warmup.calls + paymentCalls;
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
        paymentCalls,
        warmupCalls: warmup.calls,
        unattributedCalls: brightpearlCalls - attributed,
        throttled: log.countThrottled(),
        cap: CAP,
        shareLimit: Math.floor(CAP * SHARE),
        maxRolling60s: maxRolling(log.entries(), 60_000),
        maxRolling60sWithThrottled: maxRolling(log.entries(), 60_000, { includeThrottled: true }),
        ordersPerMinute: round(placed.length / (seconds / 60)),
        ...(GATE_ON ? await describeGate(rig.companion.store) : { gate: 'off' }),
      }),
    );
  } finally {
    progress.stop();
    await rig.stop();
  }
}

async function recordedPayments(rig: SandboxRig): Promise<number> {
  const [row] = await rig.companion.store.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM order_payments WHERE state = 'recorded'`,
  );
  return Number(row?.n ?? 0);
}

const round = (value: number) => Math.round(value * 100) / 100;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
