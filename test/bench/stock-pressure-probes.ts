import { setTimeout as sleep } from 'node:timers/promises';

import type { CatalogItem, SandboxRig } from '@bpkc/sandbox';

import { brightpearlOnHand, productIdOf } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

/** What bench:stock-pressure reads off the simulators. */

export const STOCK_EVENT = 'product.modified.on-hand-modified';
export const AVAILABILITY = 'GET /warehouse-service/product-availability/:idSet';

/**
 * Stock webhooks as one subscription receives them: the companion's `product.modified`
 * subscription gets the same events again, and intake drops those as duplicates.
 */
export function stockWebhooks(rig: SandboxRig): number {
  const perSubscription = new Map<number, number>();
  for (const entry of rig.brightpearl.webhookLog.delivered()) {
    if (entry.fullEvent !== STOCK_EVENT) continue;
    perSubscription.set(entry.subscriptionId, (perSubscription.get(entry.subscriptionId) ?? 0) + 1);
  }
  return Math.max(0, ...perSubscription.values());
}

/** SKUs whose Brightpearl on-hand moved and whose Kentico level is not that on-hand. */
export function stockMismatches(rig: SandboxRig, initialStock: number): number {
  return rig.catalog.filter((item) => {
    const onHand = brightpearlOnHand(rig, item.sku);
    return onHand !== initialStock && rig.kentico.getStock(item.sku)?.available !== onHand;
  }).length;
}

/**
 * Changes Kentico cannot know of (another channel sells one unit in Brightpearl) on SKUs no
 * order uses, one at a time, `gapMs` apart, while `running()`: the time from each change to
 * Kentico showing it. (An allocation's own write is usually no change in Kentico: its checkout
 * already took the units off, so allocations cannot be timed this way.)
 */
export async function sampleOtherChannelSales(
  rig: SandboxRig,
  input: { items: readonly CatalogItem[]; gapMs: number; running: () => boolean },
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; input.running(); i++) {
    const item = input.items[i % input.items.length]!;
    const at = Date.now();
    rig.brightpearl.correctStock(2, [
      { productId: productIdOf(rig, item.sku), quantity: -1, reason: 'Other channel' },
    ]);
    const expected = brightpearlOnHand(rig, item.sku);
    await waitFor(() => rig.kentico.getStock(item.sku)?.available === expected, {
      timeoutMs: 5 * 60_000,
    });
    latencies.push(Date.now() - at);
    await sleep(input.gapMs);
  }
  return latencies;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
