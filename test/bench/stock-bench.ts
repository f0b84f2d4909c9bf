/**
 * npm run bench:stock — at Brightpearl's real budget (BENCH_CAP, default 200 per minute):
 * a full compare of BENCH_SKUS (10,000) SKUs, a goods-in of 1,000 SKUs at once, and the
 * change-to-Kentico latency of single changes. Prints one JSON line.
 */
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { productIdOf, waitForCatalogImport, waitForStockIdle } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';
import { type Progress, startProgress } from './bench-progress';

const SKUS = Number(process.env.BENCH_SKUS ?? 10_000);
const BURST = Number(process.env.BENCH_BURST ?? 1_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const CAP = Number(process.env.BENCH_CAP ?? 200);

async function main(): Promise<void> {
  const started = Date.now();
  const rig = await startSandbox({
    cap: CAP,
    catalogSize: SKUS,
    seed: 7,
    warmProductCache: false,
    initialStock: 50,
  });
  const progress = startProgress('bench:stock');
  try {
    const calls = () => rig.brightpearl.requestLog.count();
    const extra = () => `Brightpearl calls ${calls()}`;
    progress.phase({
      name: 'catalog import',
      done: async () => (await rig.companion.status()).catalog.import?.imported ?? 0,
      total: SKUS,
      unit: 'products',
      extra,
    });
    await waitForCatalogImport(rig, 30 * 60_000);
    const beforeCompare = calls();
    progress.phase({
      name: 'full compare',
      done: () => compareDone(rig),
      total: SKUS,
      unit: 'SKUs',
      extra,
    });
    const compare = await rig.companion.runStockFullCompare();
    const fullCompareCalls = calls() - beforeCompare;
    const burstCalls = await goodsIn(rig, calls, progress);
    const latencies = await singleChanges(rig, progress);
    console.log(
      JSON.stringify({
        skus: compare.skus,
        fullCompareCalls,
        burstSkus: BURST,
        burstCalls,
        propagationP50Ms: percentile(latencies, 0.5),
        propagationP95Ms: percentile(latencies, 0.95),
        samples: latencies.length,
        fullCompareDrift: compare.drift,
        throttled: rig.brightpearl.requestLog.countThrottled(),
        cap: CAP,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      }),
    );
  } finally {
    progress.stop();
    await rig.stop();
  }
}

/** Products the running full compare has gone through (its row in stock_compare_runs). */
async function compareDone(rig: SandboxRig): Promise<number> {
  const [run] = await rig.companion.store.query<{ done: number }>(
    `SELECT done FROM stock_compare_runs ORDER BY id DESC LIMIT 1`,
  );
  return Number(run?.done ?? 0);
}

/** One stock correction covering BURST products (a goods-in): calls until Kentico shows them all. */
async function goodsIn(rig: SandboxRig, calls: () => number, progress: Progress): Promise<number> {
  const items = rig.catalog.slice(0, BURST);
  const before = calls();
  progress.phase({
    name: 'goods-in',
    done: () => items.filter((item) => rig.kentico.getStock(item.sku)?.available === 60).length,
    total: BURST,
    unit: 'SKUs in Kentico',
    extra: () => `Brightpearl calls ${calls() - before}`,
  });
  rig.brightpearl.correctStock(
    2,
    items.map((item) => ({
      productId: productIdOf(rig, item.sku),
      quantity: 10,
      reason: 'Goods in',
    })),
  );
  await waitFor(() => items.every((item) => rig.kentico.getStock(item.sku)?.available === 60), {
    timeoutMs: 10 * 60_000,
  });
  await waitForStockIdle(rig);
  return calls() - before;
}

/** Time from a Brightpearl change to Kentico's record changing, one product at a time. */
async function singleChanges(rig: SandboxRig, progress: Progress): Promise<number[]> {
  const latencies: number[] = [];
  progress.phase({
    name: 'single changes',
    done: () => latencies.length,
    total: SAMPLES,
    unit: 'samples',
  });
  for (let i = 0; i < SAMPLES; i++) {
    const item = rig.catalog[BURST + i]!;
    const at = Date.now();
    rig.brightpearl.correctStock(2, [
      { productId: productIdOf(rig, item.sku), quantity: -1, reason: 'Sample' },
    ]);
    await waitFor(() => rig.kentico.getStock(item.sku)?.available === 49, { timeoutMs: 120_000 });
    latencies.push(Date.now() - at);
  }
  return latencies;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
