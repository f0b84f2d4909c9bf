import { z } from 'zod';

import { KenticoCustomerGuid, KenticoOrderGuid } from '../ids';
import { SyncOrigin } from './lifecycle';

// Cursors for the Kentico-side catch-up (the companion's reconciliation): the records whose
// events may have been dropped. Refunds live in the extension's own table and customers'
// modified times in its customer-link table, so neither bumps the order's OrderModifiedWhen and
// GET /orders?modifiedSince= cannot find them. Both page exactly like BRIDGE_PATHS.modifiedOrders:
// inclusive cursor, ordered by (instant, id), a page sitting wholly on the cursor's instant runs on
// to the end of that instant.
export const CATCH_UP_PATHS = {
  modifiedRefunds: '/refunds',
  modifiedCustomers: '/customers',
} as const;

const Instant = z.iso.datetime({ offset: true });

/** Same query as GET /orders: `modifiedSince` inclusive, `limit` 1-500 (default 100). */
export const ModifiedSinceQuery = z.object({
  modifiedSince: Instant,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ModifiedSinceQuery = z.infer<typeof ModifiedSinceQuery>;

/** GET /refunds?modifiedSince=&limit=: refunds by RefundCreatedWhen (a refund is never edited). */
export const ModifiedRefundsPage = z.object({
  refunds: z.array(
    z.object({
      RefundGUID: z.guid(),
      OrderGUID: KenticoOrderGuid,
      RefundCreatedWhen: Instant,
      /** 'brightpearl' refunds came from a Brightpearl credit: nothing to push back. */
      Origin: SyncOrigin,
    }),
  ),
  /** Pass as modifiedSince for the next page; null when this page was the last. */
  nextModifiedSince: Instant.nullable(),
});
export type ModifiedRefundsPage = z.infer<typeof ModifiedRefundsPage>;

/** GET /customers?modifiedSince=&limit=: customers by CustomerModifiedWhen. */
export const ModifiedCustomersPage = z.object({
  customers: z.array(
    z.object({ CustomerGUID: KenticoCustomerGuid, CustomerModifiedWhen: Instant }),
  ),
  /** Pass as modifiedSince for the next page; null when this page was the last. */
  nextModifiedSince: Instant.nullable(),
});
export type ModifiedCustomersPage = z.infer<typeof ModifiedCustomersPage>;
