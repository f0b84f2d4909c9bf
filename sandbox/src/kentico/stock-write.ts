import { z } from 'zod';

import { StockWriteBody, type StockWriteResult } from '@bpkc/shared-types';

import { unitsPendingSince } from './pending-orders';
import type { KenticoStore } from './store';

/** The shared body, plus what this extension's `asOf` looks like (an OrderID, see pendingOrders). */
export const StockWriteRequest = StockWriteBody.extend({
  pendingAsOf: z.string().regex(/^\d+$/, 'Not an asOf from GET /stock/pending-orders').optional(),
});
export type StockWriteRequest = z.infer<typeof StockWriteRequest>;

/**
 * Stores a batch of levels in one go (JS runs it without interleaving: the transaction). With
 * `pendingAsOf`, the units of orders placed after that snapshot and still without a Brightpearl
 * id are taken off each level first, as checkout already took them off the figure being
 * replaced: otherwise a write computed before such an order would list its units again.
 */
export function writeStockLevels(store: KenticoStore, body: StockWriteRequest): StockWriteResult {
  const since =
    body.pendingAsOf === undefined
      ? new Map<string, number>()
      : unitsPendingSince(store.listOrders(), Number(body.pendingAsOf));
  const result: StockWriteResult = { updated: 0, unchanged: 0, unknownSkus: [] };
  for (const { sku, available } of body.levels) {
    // Stock rows hang off product content items: a SKU without a product has nowhere to go.
    if (!store.products.get(sku)) {
      result.unknownSkus.push(sku);
      continue;
    }
    const level = Math.max(0, available - (since.get(sku) ?? 0));
    if (store.stock.set(sku, level, 'companion')) result.updated += 1;
    else result.unchanged += 1;
  }
  return result;
}
