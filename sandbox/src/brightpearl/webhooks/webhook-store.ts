import { WebhookDefinition } from '@bpkc/shared-types';

import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import { idsFromPath, pickByIds } from '../id-params';
import { withoutUndefined } from '../objects';
import type { RouteContext } from '../route';
import { takeId } from '../state';
import { isSubscribable } from './event-catalog';
import type { StoredWebhook } from './webhook-types';

const invalid = (message: string) =>
  BrightpearlError.of(400, ERROR_CODES.webhookValidation, message);

/**
 * POST /integration-service/webhook → the new id (reference §10.1). Defaults: idSetAccepted
 * false, qualityOfService 0. Identical subscriptions are allowed (UNCONFIRMED): dedupe is the
 * client's job, on event AND destination.
 */
export function createWebhook(context: RouteContext): number {
  const input = parseBody(WebhookDefinition, context.body, ERROR_CODES.webhookValidation);
  if (!isSubscribable(input.subscribeTo)) {
    // Message spelling as recorded, typo included (reference §3.2).
    const message = `${input.subscribeTo} either does not exist or cannot be subscribed too`;
    throw BrightpearlError.of(400, ERROR_CODES.webhookUnknownEvent, message);
  }
  const hasBody = input.httpMethod === 'POST' || input.httpMethod === 'PUT';
  if (hasBody && (input.bodyTemplate === undefined || input.contentType === undefined)) {
    throw invalid('bodyTemplate and contentType are required when httpMethod is POST or PUT');
  }
  checkUri(input.uriTemplate);
  const webhook: StoredWebhook = withoutUndefined({
    id: takeId(context.state, 'webhook'),
    subscribeTo: input.subscribeTo,
    httpMethod: input.httpMethod,
    uriTemplate: input.uriTemplate,
    bodyTemplate: hasBody ? input.bodyTemplate : undefined,
    contentType: hasBody ? input.contentType : undefined,
    idSetAccepted: input.idSetAccepted ?? false,
    qualityOfService: input.qualityOfService ?? 0,
  });
  context.state.webhooks.set(webhook.id, webhook);
  return webhook.id;
}

/** The URI must be an absolute http(s) URL once its placeholders are filled in. */
function checkUri(uriTemplate: string): void {
  const protocol = protocolOf(uriTemplate.replace(/\$\{[a-z-]+\}/g, 'x'));
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw invalid(`uriTemplate: ${uriTemplate} is not an absolute http(s) URL`);
  }
}

function protocolOf(uri: string): string | undefined {
  try {
    return new URL(uri).protocol;
  } catch {
    return undefined;
  }
}

/** A stored definition as GET returns it: with its id, without our internal flag (§10.1). */
export function webhookView(webhook: StoredWebhook): WebhookDefinition {
  return withoutUndefined({
    id: webhook.id,
    subscribeTo: webhook.subscribeTo,
    httpMethod: webhook.httpMethod,
    uriTemplate: webhook.uriTemplate,
    bodyTemplate: webhook.bodyTemplate,
    contentType: webhook.contentType,
    idSetAccepted: webhook.idSetAccepted,
    qualityOfService: webhook.qualityOfService,
  });
}

/** GET /integration-service/webhook[/{idSet}]: none found in a set → 404 CMNC-404 [REC]. */
export function listWebhooks(context: RouteContext): WebhookDefinition[] {
  const { webhooks } = context.state;
  const idSet = context.params['idSet'];
  const found =
    idSet === undefined
      ? [...webhooks.values()]
      : pickByIds(webhooks, idsFromPath(idSet, '/integration-service/webhook'));
  // An account with no webhooks at all: the same 404, per the "empty list" rule (§3.3,
  // UNCONFIRMED for this resource); its message is our guess.
  if (found.length === 0) {
    throw notFound(
      idSet === undefined ? 'No webhooks available' : `No webhooks available in ID Set ${idSet}`,
    );
  }
  return found.map(webhookView);
}

/** DELETE /integration-service/webhook/{id} → `{}`; unknown → 404 "Cannot find webhook: X" [REC]. */
export function deleteWebhook(context: RouteContext): void {
  const raw = context.params['id'] ?? '';
  const webhook = findWebhook(context, raw);
  context.state.webhooks.delete(webhook.id);
}

export function findWebhook(context: RouteContext, raw: string): StoredWebhook {
  const webhook = /^\d+$/.test(raw) ? context.state.webhooks.get(Number(raw)) : undefined;
  if (!webhook) throw notFound(`Cannot find webhook: ${raw}`);
  return webhook;
}
