import { KenticoOrderGuid } from '@bpkc/shared-types';
import { z } from 'zod';

/** Payload of an `order-sync` job; parsed when the job runs, since it may predate this code. */
export const OrderSyncJob = z.object({
  orderGuid: KenticoOrderGuid,
  trigger: z.enum(['event', 'resend', 'replay', 'reconcile', 'approve']),
  eventId: z.string().optional(),
});
export type OrderSyncJob = z.infer<typeof OrderSyncJob>;

/** Payload of an `order-write-back` job: store the Brightpearl id on the Kentico order. */
export const OrderWriteBackJob = z.object({
  orderGuid: KenticoOrderGuid,
  brightpearlOrderId: z.number().int().positive(),
});
export type OrderWriteBackJob = z.infer<typeof OrderWriteBackJob>;

/**
 * Payload of an `order-annotate` job: the note and custom fields business rules (and transforms)
 * add after the create. What to send is stored with its sent-markers (order-annotations.ts).
 */
export const OrderAnnotateJob = z.object({
  orderGuid: KenticoOrderGuid,
  brightpearlOrderId: z.number().int().positive(),
});
export type OrderAnnotateJob = z.infer<typeof OrderAnnotateJob>;
