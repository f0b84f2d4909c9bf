import { z } from 'zod';

/**
 * Bridge contract for the Kentico lists the mapping screens offer (paths relative to
 * KENTICO_BRIDGE_URL, HMAC-signed like every bridge call). One call returns all three lists:
 * they are small and change rarely, so the companion caches them.
 */
export const LOOKUP_PATHS = {
  lookups: '/lookups',
} as const;

/** One configuration object, named the way the mapping names it. */
export const KenticoLookupItem = z.object({
  /** The code name (OrderStatusName, ShippingMethodName, PaymentMethodName): the mapping key. */
  name: z.string().min(1),
  displayName: z.string(),
  /** Statuses have no enabled flag in XbyK: the extension sends true for them. */
  enabled: z.boolean(),
});
export type KenticoLookupItem = z.infer<typeof KenticoLookupItem>;

export const KenticoLookups = z.object({
  orderStatuses: z.array(KenticoLookupItem),
  shippingMethods: z.array(KenticoLookupItem),
  paymentMethods: z.array(KenticoLookupItem),
});
export type KenticoLookups = z.infer<typeof KenticoLookups>;
