import { z } from 'zod';

import { BrightpearlOrderId, KenticoOrderGuid } from '../ids';

/**
 * The bridge the Kentico extension serves for the companion (paths are relative to the
 * configured KENTICO_BRIDGE_URL). Every call is HMAC-signed like the events.
 */
export const BRIDGE_PATHS = {
  order: (guid: string) => `/orders/${encodeURIComponent(guid)}`,
  modifiedOrders: '/orders',
  brightpearlOrderId: (guid: string) => `/orders/${encodeURIComponent(guid)}/brightpearl-order`,
} as const;

export const ModifiedOrdersQuery = z.object({
  /** Orders with OrderModifiedWhen >= this instant (inclusive, so callers overlap safely). */
  modifiedSince: z.iso.datetime({ offset: true }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ModifiedOrdersQuery = z.infer<typeof ModifiedOrdersQuery>;

export const ModifiedOrdersPage = z.object({
  orders: z.array(
    z.object({ OrderGUID: KenticoOrderGuid, OrderModifiedWhen: z.iso.datetime({ offset: true }) }),
  ),
  /** Pass as modifiedSince for the next page; null when this page was the last. */
  nextModifiedSince: z.iso.datetime({ offset: true }).nullable(),
});
export type ModifiedOrdersPage = z.infer<typeof ModifiedOrdersPage>;

export const SetBrightpearlOrderIdBody = z.object({
  brightpearlOrderId: BrightpearlOrderId,
  syncedAt: z.iso.datetime({ offset: true }),
});
export type SetBrightpearlOrderIdBody = z.infer<typeof SetBrightpearlOrderIdBody>;

/** Error body the bridge answers with on 4xx/5xx. */
export const BridgeError = z.object({ error: z.string(), field: z.string().optional() });
export type BridgeError = z.infer<typeof BridgeError>;
