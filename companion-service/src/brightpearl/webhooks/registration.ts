import { WEBHOOK_BODY_TEMPLATE, type WebhookDefinition } from '@bpkc/shared-types';

import type { Logger } from '../../observability/logger';
import { PRIORITY } from '../budget';
import type { BrightpearlClient } from '../types';
import { webhookCallbackUrl, type WebhookIdentity, webhookPathPrefix } from './webhook-identity';

/** Events the stock and catalog flows need (reference §10.3). */
export function desiredSubscriptions(options: { catalog: boolean; stock: boolean }): string[] {
  return [
    'goods-out-note.modified.shipped',
    'order.modified.order-status',
    ...(options.stock ? ['product.modified.on-hand-modified'] : []),
    ...(options.catalog ? ['product.created', 'product.modified'] : []),
  ];
}

export interface RegistrationResult {
  created: string[];
  kept: string[];
  deleted: number;
  /** Event → Brightpearl webhook id of each subscription now in place (for the admin). */
  ids: Record<string, number>;
}

/**
 * Idempotent on every start: creates missing subscriptions, deletes ours that are stale (old
 * token or URL, an event no longer wanted, duplicates) and never touches other integrations'.
 */
export async function registerWebhooks(input: {
  brightpearl: BrightpearlClient;
  identity: WebhookIdentity;
  publicUrl: string;
  events: string[];
  logger: Logger;
}): Promise<RegistrationResult> {
  const call = { priority: PRIORITY.interactive };
  const uriTemplate = webhookCallbackUrl(input.publicUrl, input.identity);
  const prefix = webhookPathPrefix(input.identity.installationId);
  // Ours: this installation's (wherever it lived before), or an earlier installation's at this
  // very address — those answer 401 now, so they are dead weight on Brightpearl's side.
  const ourAddress = `${input.publicUrl.replace(/\/+$/, '')}/webhooks/brightpearl/`;
  const ours = (await input.brightpearl.listWebhooks(call)).filter(
    (hook) => hook.uriTemplate.includes(prefix) || hook.uriTemplate.startsWith(ourAddress),
  );
  const kept = new Set<string>();
  const ids: Record<string, number> = {};
  const stale = ours.filter((hook) => {
    const wanted = input.events.includes(hook.subscribeTo) && hook.uriTemplate === uriTemplate;
    if (!wanted || kept.has(hook.subscribeTo)) return true;
    kept.add(hook.subscribeTo);
    ids[hook.subscribeTo] = hook.id;
    return false;
  });
  for (const hook of stale) await input.brightpearl.deleteWebhook(hook.id, call);
  const created = input.events.filter((event) => !kept.has(event));
  for (const subscribeTo of created) {
    ids[subscribeTo] = await input.brightpearl.createWebhook(
      definition(subscribeTo, uriTemplate),
      call,
    );
  }
  input.logger.info('Brightpearl webhooks registered', {
    created,
    kept: [...kept],
    deleted: stale.length,
  });
  return { created, kept: [...kept], deleted: stale.length, ids };
}

function definition(subscribeTo: string, uriTemplate: string): WebhookDefinition {
  return {
    subscribeTo,
    httpMethod: 'POST',
    uriTemplate,
    bodyTemplate: WEBHOOK_BODY_TEMPLATE,
    contentType: 'application/json',
    // One callback per burst with an id set, and at-least-once delivery (reference §10.1).
    idSetAccepted: true,
    qualityOfService: 1,
  };
}
