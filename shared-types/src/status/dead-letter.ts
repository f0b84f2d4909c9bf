import { z } from 'zod';

/** Why a record could not be synced without the merchant's help. Stable codes for UI and alerts. */
export const DEAD_LETTER_REASONS = [
  'unknown-sku',
  'unmapped-shipping-method',
  'unmapped-order-status',
  'unmapped-tax-rate',
  'unsupported-currency',
  'invalid-address',
  'invalid-order',
  'order-not-found',
  'brightpearl-rejected',
  'write-back-conflict',
  'unmapped-brand',
  /** The mapping names something the connected Brightpearl account does not have. */
  'invalid-mapping',
  'invalid-product',
  'unknown-payment-method',
  'refund-exceeds-order',
  'order-not-in-brightpearl',
  'journal-uncertain',
  /** A payment's last try got no clear answer: Brightpearl may or may not have recorded it. */
  'outcome-unknown',
  'retries-exhausted',
  /** A queued job whose data does not match its flow's payload schema (never retried). */
  'invalid-job',
  /** Refused for good by Brightpearl or Kentico (the message says which); no finer reason known. */
  'refused',
  /** A validation check or business rule in 'block' mode refused the order (the message says why). */
  'check-failed',
  /** A field transform (JSONata) failed for this record; the message says which and why. */
  'transform-failed',
] as const;
export const DeadLetterReason = z.enum(DEAD_LETTER_REASONS);
export type DeadLetterReason = z.infer<typeof DeadLetterReason>;

export const DeadLetter = z.object({
  id: z.number().int(),
  flow: z.string(),
  recordKey: z.string(),
  reason: DeadLetterReason,
  message: z.string(),
  payload: z.unknown(),
  createdAt: z.string(),
});
export type DeadLetter = z.infer<typeof DeadLetter>;
