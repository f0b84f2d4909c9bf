import { z } from 'zod';

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

export const WebhookDelivery = z.object({
  accountCode: z.string(),
  resourceType: z.string().min(1),
  /** An id set: "1-5,99". */
  id: z
    .string()
    .regex(/^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/, 'an id set like 1-5,99'),
  lifecycleEvent: z.string(),
  fullEvent: z.string().min(1),
  raisedOn: z.string(),
  brightpearlVersion: z.string().optional(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
