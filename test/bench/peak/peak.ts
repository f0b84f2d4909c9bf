/**
 * npm run bench:peak — a promotion's burst end to end (issue 13, "Proof"): N companion processes
 * on a fresh Postgres database behind one balancer, the Brightpearl simulator at its cap (200
 * per rolling 60 s) and the companions at BRIGHTPEARL_BUDGET_SHARE 0.8; Kentico places 1,000
 * paid orders at a few per second (40 % new customers, 1–5 lines); Brightpearl sends the stock
 * webhooks its allocations raise. A progress line every ~10 s on stderr; last, ONE JSON line on
 * stdout. Calls per order count every request Brightpearl answered from the first order placed
 * until the run settled (orders, contacts, payments, stock reads, lookups, sweeps); the start-up
 * catalog import before the burst is left out (it is printed on stderr). Targets are reported,
 * not asserted; exit 1 on any duplicate or lost order.
 *
 * Options: --instances 1|3 --orders 1000 --cap 200 --share 0.8 --rate 5 (orders/s)
 * --new-customers 0.4 --timeout-minutes n --seed n. TEST_DATABASE_URL names the server.
 */
import { parsePeakOptions } from './peak-options';
import { callsByEndpoint, peakFigures } from './peak-figures';
import { placeBurst, type PlacedBurst } from './peak-load';
import { startProgress } from './peak-progress';
import { type PeakRig, startPeakRig } from './peak-rig';
import { watchChildRss } from './peak-rss';
import { inBrightpearl, paidInBrightpearl, waitForArrivals, waitForSettled } from './peak-wait';

async function main(): Promise<number> {
  const options = parsePeakOptions(process.argv.slice(2), process.env);
  const rig = await startPeakRig(options);
  const rss = watchChildRss();
  const sampling = setInterval(() => rss.sample(), 2_000);
  const log = () => rig.sims.brightpearl.requestLog.entries();
  const burst: PlacedBurst = { guids: [], startedAt: Date.now() };
  const stopProgress = startProgress({
    placed: () => burst.guids.length,
    inBrightpearl: () => inBrightpearl(rig.sims, burst.guids).size,
    log,
    startedAt: () => burst.startedAt,
  });
  let ok = false;
  try {
    const startupCalls = rig.sims.brightpearl.requestLog.count();
    await placeBurst(rig.sims, options, burst);
    await waitForArrivals(rig.sims, burst.guids, burst.startedAt + options.timeoutMs);
    await waitForSettled(rig.sims, burst.guids);
    rss.sample();
    const window = { from: burst.startedAt, to: Date.now() };
    const figures = peakFigures({
      placed: burst.guids,
      arrived: inBrightpearl(rig.sims, burst.guids),
      acceptedAt: rig.tap.acceptedAt,
      log: log(),
      window,
    });
    ok = figures.duplicates === 0 && figures.lost === 0;
    process.stderr.write(
      `${JSON.stringify({
        startupCalls,
        countedCalls: figures.countedCalls,
        paidInBrightpearl: paidInBrightpearl(rig.sims, burst.guids),
        acceptedEvents: rig.tap.acceptedAt.size,
        stockWebhooksDelivered: stockWebhooks(rig, window.from),
        webhookAttemptsNot2xx: failedWebhookAttempts(rig, window.from),
        callsByEndpoint: callsByEndpoint(log(), window),
        ...(ok ? {} : { companionLogs: rig.dir }),
      })}\n`,
    );
    console.log(
      JSON.stringify({
        instances: options.instances,
        orders: burst.guids.length,
        ordersPerMinute: figures.ordersPerMinute,
        callsPerOrderAllIn: figures.callsPerOrderAllIn,
        peakRolling60s: figures.peakRolling60s,
        shareLimit: Math.floor(options.cap * options.share),
        throttled503: figures.throttled503,
        duplicates: figures.duplicates,
        lost: figures.lost,
        p95AcceptedToBrightpearlMs: figures.p95AcceptedToBrightpearlMs,
        rssPeakMb: rss.peakMb(),
      }),
    );
  } finally {
    stopProgress();
    clearInterval(sampling);
    await rig.close(!ok);
  }
  return ok ? 0 : 1;
}

/** Brightpearl's on-hand callbacks the companions accepted during the burst. */
const stockWebhooks = (rig: PeakRig, from: number) =>
  rig.sims.brightpearl.webhookLog
    .delivered()
    .filter((entry) => entry.at >= from && entry.fullEvent === 'product.modified.on-hand-modified')
    .length;

/** Callback attempts (any event) the companions did not answer with a 2xx during the burst. */
const failedWebhookAttempts = (rig: PeakRig, from: number) => {
  const attempts = rig.sims.brightpearl.webhookLog.entries().filter((entry) => entry.at >= from);
  return (
    attempts.length - rig.sims.brightpearl.webhookLog.delivered().filter((e) => e.at >= from).length
  );
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
