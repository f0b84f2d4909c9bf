import { KenticoEvent, TIMESTAMP_HEADER, WebhookDelivery } from '@bpkc/shared-types';
import { z } from 'zod';

import { describeRoute, type RouteDoc } from '../../openapi';

const KenticoAccepted = z.object({
  accepted: z.literal(true),
  duplicate: z.boolean().describe('The eventId was stored before: nothing new was done'),
  enqueued: z.boolean(),
});

const BrightpearlAccepted = z.object({
  accepted: z.literal(true),
  duplicate: z.boolean().describe('The same event, ids and time were stored before'),
  ids: z.number().int().describe('How many record ids the delivery named'),
});

const TOO_MANY = { description: 'Too many refused deliveries from this address (Retry-After)' };

/** The two platforms' inbound deliveries (kentico-event-route.ts, brightpearl-webhook-route.ts). */
export const intakeRouteDocs: RouteDoc[] = [
  describeRoute({
    method: 'post',
    path: '/webhooks/kentico',
    operationId: 'receiveKenticoEvent',
    summary: 'A thin event from the Kentico extension’s outbox (order placed, product changed …)',
    description:
      'Stored and queued in one transaction before the 202; a store failure answers 503 so the outbox retries. The signature covers the raw body.',
    tag: 'webhooks',
    security: 'kenticoSignature',
    headers: z.object({
      [TIMESTAMP_HEADER]: z.string().describe('Unix seconds the signature was made at (±300 s)'),
    }),
    body: KenticoEvent,
    responses: {
      202: { description: 'Stored (or a duplicate of a stored event)', schema: KenticoAccepted },
      400: { description: 'Not JSON, not a KenticoEvent, or text the store cannot hold' },
      401: { description: 'Signature or timestamp missing, wrong or outside the window' },
      413: { description: 'Body larger than 64 kB' },
      429: TOO_MANY,
      503: { description: 'Not stored (store unavailable): retry (Retry-After)' },
    },
  }),
  describeRoute({
    method: 'post',
    path: '/webhooks/brightpearl/:installationId/:token',
    operationId: 'receiveBrightpearlWebhook',
    summary: 'A Brightpearl webhook delivery (stock, product, order status, goods-out note)',
    description:
      'The URL token is the only proof of origin (Brightpearl does not sign); it is compared before the body is read. The payload is a hint: the flows re-read the records.',
    tag: 'webhooks',
    security: 'webhookToken',
    params: z.object({
      installationId: z.string().describe('This installation (INSTALLATION_ID)'),
      token: z.string().describe('The secret webhook token the companion registered'),
    }),
    body: WebhookDelivery,
    responses: {
      200: { description: 'Stored (or a duplicate)', schema: BrightpearlAccepted },
      400: { description: 'Not a WebhookDelivery, or an id set out of bounds' },
      401: { description: 'Unknown installation or webhook token' },
      413: { description: 'Body larger than 256 kB' },
      429: TOO_MANY,
      503: { description: 'Not stored (store unavailable): Brightpearl retries' },
    },
  }),
];
