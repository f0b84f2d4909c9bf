import { WEBHOOK_BODY_TEMPLATE } from '@bpkc/shared-types';

import type { StoredWebhook } from './webhook-types';

export const FOREIGN_WEBHOOK_ID = 101;

/**
 * Accounts usually carry other integrations' webhooks, visible in the same list (reference
 * §10.1). This one listens to the very event a stock sync wants, but with another destination,
 * so a client that dedupes on the event alone (or deletes "all on-hand webhooks") is caught.
 */
export function foreignWebhook(): StoredWebhook {
  return {
    id: FOREIGN_WEBHOOK_ID,
    subscribeTo: 'product.modified.on-hand-modified',
    httpMethod: 'POST',
    uriTemplate: 'https://erp-bridge.example.net/brightpearl/${account-code}/stock?token=other',
    bodyTemplate: WEBHOOK_BODY_TEMPLATE,
    contentType: 'application/json',
    idSetAccepted: true,
    qualityOfService: 1,
    foreign: true,
  };
}
