import { z } from 'zod';

import { IdSetError, readIdSetParts } from './id-set';

// Brightpearl webhooks (reference §10): subscriptions through integration-service/webhook, and
// the thin payload our bodyTemplate renders. Deliveries are unsigned and may be lost or repeated.
export const WebhookDefinition = z.object({
  id: z.number().int().optional(),
  subscribeTo: z.string().min(1),
  httpMethod: z.enum(['GET', 'POST', 'PUT', 'DELETE']),
  uriTemplate: z.string().min(1),
  bodyTemplate: z.string().optional(),
  contentType: z.string().optional(),
  idSetAccepted: z.boolean().optional(),
  qualityOfService: z.union([z.literal(0), z.literal(1)]).optional(),
});
export type WebhookDefinition = z.infer<typeof WebhookDefinition>;

/** The canonical template: every variable Brightpearl offers, as JSON. */
export const WEBHOOK_BODY_TEMPLATE =
  '{ "accountCode": "${account-code}", "resourceType": "${resource-type}", "id": "${resource-id}", ' +
  '"lifecycleEvent": "${lifecycle-event}", "fullEvent": "${full-event}", "raisedOn": "${raised-on}", ' +
  '"brightpearlVersion": "${brightpearl-version}" }';

/**
 * The most ids one delivery may name. Brightpearl batches a few seconds of changes into one
 * delivery, so even a bulk import stays far below this; a larger set is refused with a 400
 * (at QoS 1 Brightpearl does not retry a 4xx, reference §10.1) and the scheduled full compares
 * catch up on whatever it named.
 */
export const MAX_WEBHOOK_IDS = 200_000;

/** An id set within the bounds (safe, 32-bit, forward ranges, at most MAX_WEBHOOK_IDS). */
const WebhookIdSet = z
  .string()
  .max(100_000)
  .superRefine((text, ctx) => {
    try {
      readIdSetParts(text, { maxIds: MAX_WEBHOOK_IDS });
    } catch (error) {
      const reason = error instanceof IdSetError ? error.message : 'not an id set';
      ctx.addIssue({ code: 'custom', message: `an id set like 1-5,99: ${reason}` });
    }
  });

/** Short texts our bodyTemplate fills in; the bound keeps stored inbox rows small. */
const Text = z.string().max(200);

export const WebhookDelivery = z.object({
  accountCode: Text,
  resourceType: Text.min(1),
  /** An id set: "1-5,99". */
  id: WebhookIdSet,
  lifecycleEvent: Text,
  fullEvent: Text.min(1),
  raisedOn: Text,
  brightpearlVersion: Text.optional(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
