import { z } from 'zod';

import { KenticoOrderGuid } from '../ids';

// Bridge contract for stock. XbyK has no native stock: the extension keeps one stock record per
// SKU (kentico-xperience.md §3.3), which these endpoints read and write in batches.
export const STOCK_PATHS = {
  levels: '/stock',
  pendingOrders: '/stock/pending-orders',
} as const;

/** At most this many SKUs per stock read or write, so one request stays small. */
export const MAX_STOCK_BATCH = 500;

export const StockLevel = z.object({
  sku: z.string().min(1),
  /** Units Kentico may sell. */
  available: z.number().int().nonnegative(),
});
export type StockLevel = z.infer<typeof StockLevel>;

export const StockWriteBody = z.object({
  levels: z.array(StockLevel).min(1).max(MAX_STOCK_BATCH),
  /**
   * The `asOf` of the pending-orders snapshot the levels were computed with. Kentico subtracts,
   * inside the same transaction as the write, the lines of orders placed after that snapshot
   * that still have no Brightpearl id: an order placed while the companion was computing can
   * never be re-listed by this write.
   */
  pendingAsOf: z.string().optional(),
});
export type StockWriteBody = z.infer<typeof StockWriteBody>;

export const StockWriteResult = z.object({
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** SKUs with no product in Kentico; their levels were not stored. */
  unknownSkus: z.array(z.string()),
});
export type StockWriteResult = z.infer<typeof StockWriteResult>;

/** GET /stock?skus=a,b,c (≤ MAX_STOCK_BATCH) → the current records; unknown SKUs are omitted. */
export const StockReadResult = z.object({ levels: z.array(StockLevel) });
export type StockReadResult = z.infer<typeof StockReadResult>;

/**
 * GET /stock/pending-orders: Kentico orders that do not carry a Brightpearl id yet (not
 * cancelled), with their lines. Brightpearl cannot have allocated their units, so the companion
 * subtracts them from Brightpearl's availability before a push: a sold unit is never re-listed.
 */
export const PendingOrders = z.object({
  /** Opaque snapshot marker (the extension uses the highest OrderID it included). */
  asOf: z.string(),
  orders: z.array(
    z.object({
      OrderGUID: KenticoOrderGuid,
      lines: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() })),
    }),
  ),
});
export type PendingOrders = z.infer<typeof PendingOrders>;
