import { z } from 'zod';

import { KenticoOrderGuid } from '../ids';
import { pageOf, Paging, Timestamp } from './common';

export const OrderSyncState = z.enum([
  'pending',
  'syncing',
  'synced',
  'dead-lettered',
  /** Set aside by a rule or check for a person (the Held list); rejected / skipped: not sent. */
  'held',
  'rejected',
  'skipped',
]);
export type OrderSyncState = z.infer<typeof OrderSyncState>;

/** One order as the companion knows it. */
export const OrderSummary = z.object({
  orderGuid: z.string(),
  orderNumber: z.string().nullable(),
  brightpearlOrderId: z.number().int().nullable(),
  state: OrderSyncState,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  receivedAt: Timestamp,
  syncedAt: Timestamp.nullable(),
  /** The customer's e-mail as Kentico had it at the last sync attempt (lowercase). */
  customerEmail: z.string().nullable(),
  /** The order in Brightpearl's web app; null until the order is in Brightpearl. */
  brightpearlOrderUrl: z.string().nullable(),
});
export type OrderSummary = z.infer<typeof OrderSummary>;

/**
 * GET /orders: `search` matches the order number (part), the order GUID, the Brightpearl id or
 * the customer's e-mail (whole address, any case).
 */
export const OrderListQuery = Paging.extend({
  search: z.string().trim().min(1).max(100).optional(),
  state: OrderSyncState.optional(),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;

export const OrderPage = pageOf(OrderSummary);
export type OrderPage = z.infer<typeof OrderPage>;

/** One line of an order's history, oldest first. */
export const OrderTimelineEntry = z.object({
  at: Timestamp,
  kind: z.enum(['event', 'milestone', 'failure', 'audit']),
  title: z.string(),
  details: z.unknown().optional(),
});
export type OrderTimelineEntry = z.infer<typeof OrderTimelineEntry>;

export const OrderDetail = OrderSummary.extend({
  createSentAt: Timestamp.nullable(),
  writtenBackAt: Timestamp.nullable(),
  brightpearlCalls: z.number().int(),
  timeline: z.array(OrderTimelineEntry),
});
export type OrderDetail = z.infer<typeof OrderDetail>;

export const OrderGuidParams = z.object({ orderGuid: KenticoOrderGuid });
export type OrderGuidParams = z.infer<typeof OrderGuidParams>;

/** POST /orders/{guid}/resend: optional note for the audit log. */
export const ResendRequest = z.object({ comment: z.string().max(1000).optional() });
export type ResendRequest = z.infer<typeof ResendRequest>;

export const ResendResult = z.object({
  orderGuid: z.string(),
  state: OrderSyncState,
  jobId: z.string().nullable(),
});
export type ResendResult = z.infer<typeof ResendResult>;
