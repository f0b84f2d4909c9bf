/**
 * npm run bench:stock-pressure — what stock costs while orders flow (ADR 0005, "Adaptive
 * window"): availability reads per 100 stock webhooks (`product.modified.on-hand-modified`:
 * each new sales order's allocation, plus the sampled other-channel sales below) and per order,
 * and how long a change Kentico cannot know of (another channel's sale in Brightpearl, one every
 * 2 s on SKUs no order uses) takes to reach Kentico, p50/p95.
 * With today's ~3.5 calls per order (new customers, payments): idle, 20 paid orders 4 s apart
 * (about a third of the share); busy, 30 orders 2 s apart (close to the share, under it).
 * Tight: BENCH_TIGHT_ORDERS (150) placed at once, a promotion, so orders wait for the budget.
 * All at cap BENCH_CAP (200) and share BENCH_SHARE (0.8). Prints one JSON line (~6 min).
 */
import { setTimeout as sleep } from 'node:timers/promises';

import { createOrderGenerator, startSandbox } from '@bpkc/sandbox';

import { waitForWriteBack } from '../support/sandbox-helpers';
import { maxRolling } from './rolling-peak';
import { waitForCatalogImport, waitForStockIdle } from '../support/stock-helpers';
import {
  AVAILABILITY,
  percentile,
  sampleOtherChannelSales,
  stockMismatches,
  stockWebhooks,
} from './stock-pressure-probes';

const TIGHT_ORDERS = Number(process.env.BENCH_TIGHT_ORDERS ?? 150);
const CAP = Number(process.env.BENCH_CAP ?? 200);
const SHARE = Number(process.env.BENCH_SHARE ?? 0.8);
const INITIAL_STOCK = 1_000;
/** Orders use the first 150 SKUs; the other 50 are sold "elsewhere" to time propagation. */
const ORDERED_SKUS = 150;

async function main(): Promise<void> {
  const idle = await scenario(20, 4_000);
  const busy = await scenario(30, 2_000);
  const tight = await scenario(TIGHT_ORDERS, 0);
  console.log(JSON.stringify({ cap: CAP, share: SHARE, idle, busy, tight }));
}

/** A fresh sandbox; `count` paid orders `gapMs` apart; figures once all is idle. */
async function scenario(count: number, gapMs: number) {
  const rig = await startSandbox({
    cap: CAP,
    budgetShare: SHARE,
    catalogSize: 200,
    seed: 13,
    initialStock: INITIAL_STOCK,
    warmProductCache: false,
  });
  try {
    await waitForCatalogImport(rig);
    await waitForStockIdle(rig);
    const generator = createOrderGenerator({
      seed: 13,
      catalog: rig.catalog.slice(0, ORDERED_SKUS),
    });
    const log = rig.brightpearl.requestLog;
    const logBefore = log.entries().length;
    const readsBefore = log.count(AVAILABILITY);
    const webhooksBefore = stockWebhooks(rig);
    const started = Date.now();
    let ordersDone = false;
    const sampling = sampleOtherChannelSales(rig, {
      items: rig.catalog.slice(ORDERED_SKUS),
      gapMs: 2_000,
      running: () => !ordersDone,
    });
    const guids: string[] = [];
    for (let i = 0; i < count; i++) {
      const order = rig.kentico.placeOrder({ ...generator.nextOrder(), status: 'PaymentReceived' });
      guids.push(order.OrderGUID);
      if (gapMs > 0) await sleep(gapMs);
    }
    await waitForWriteBack(rig, guids, 20 * 60_000);
    ordersDone = true;
    const latencies = await sampling;
    await waitForStockIdle(rig, 5 * 60_000);
    const reads = log.count(AVAILABILITY) - readsBefore;
    const requests = log.entries().slice(logBefore);
    const webhooks = stockWebhooks(rig) - webhooksBefore;
    return {
      orders: count,
      webhooks,
      reads,
      readsPer100Webhooks: round((100 * reads) / Math.max(1, webhooks)),
      readsPerOrder: round(reads / count),
      propagationP50Ms: percentile(latencies, 0.5),
      propagationP95Ms: percentile(latencies, 0.95),
      samples: latencies.length,
      /** Must be 0: every SKU whose Brightpearl on-hand moved shows it in Kentico. */
      stockMismatches: stockMismatches(rig, INITIAL_STOCK),
      brightpearlCalls: requests.filter((entry) => !entry.throttled).length,
      /** At SHARE × CAP the budget was the limit (tight); well under it, it had room. */
      peakRolling60s: maxRolling(requests, 60_000),
      throttled: log.countThrottled(),
      seconds: round((Date.now() - started) / 1000),
    };
  } finally {
    await rig.stop();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
