import { z } from 'zod';

import { EventId } from '../ids';

/** Event types the Kentico extension may post. The companion acts on the ones it has flows for. */
export const KENTICO_EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.status-changed',
  'customer.created',
  'customer.updated',
  'refund.created',
  'product.updated',
] as const;
export const KenticoEventType = z.enum(KENTICO_EVENT_TYPES);
export type KenticoEventType = z.infer<typeof KenticoEventType>;

/**
 * A thin event: ids only. The companion re-reads the record from the bridge, so a stale or
 * replayed event can never write old data.
 */
export const KenticoEvent = z.strictObject({
  eventId: EventId,
  type: KenticoEventType,
  objectGuid: z.guid(),
  occurredAt: z.iso.datetime({ offset: true }),
});
export type KenticoEvent = z.infer<typeof KenticoEvent>;

/** Headers that carry the HMAC signature on every call between Kentico and the companion. */
export const SIGNATURE_HEADER = 'x-bpconnect-signature';
export const TIMESTAMP_HEADER = 'x-bpconnect-timestamp';
/** A signed request older or newer than this is refused, so a captured request cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;
