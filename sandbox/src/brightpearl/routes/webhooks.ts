import { created, ok } from '../route';
import type { Route } from '../route';
import { simulateWebhook } from '../webhooks/simulate';
import type { SimulateTarget } from '../webhooks/simulate';
import { createWebhook, deleteWebhook, listWebhooks } from '../webhooks/webhook-store';

/** Webhook subscriptions (reference §10.1). There is no update: delete and recreate. */
export function webhookRoutes(deps: { engine: SimulateTarget; accountCode: string }): Route[] {
  const path = '/integration-service/webhook';
  return [
    {
      method: 'POST',
      path,
      messageType: 'post-webhook',
      needsBody: true,
      handle: (context) => created(createWebhook(context)),
    },
    {
      method: 'GET',
      path,
      messageType: 'get-webhook',
      handle: (context) => ok(listWebhooks(context)),
    },
    {
      method: 'GET',
      path: `${path}/:idSet`,
      messageType: 'get-webhook',
      handle: (context) => ok(listWebhooks(context)),
    },
    {
      method: 'DELETE',
      path: `${path}/:id`,
      messageType: 'delete-webhook',
      handle: (context) => {
        deleteWebhook(context);
        return { status: 200, body: {} };
      },
    },
    {
      method: 'POST',
      path: `${path}/:id/simulate`,
      messageType: 'post-webhook-simulate',
      needsBody: true,
      handle: (context) => {
        simulateWebhook(context, deps.engine, deps.accountCode);
        return { status: 200, body: {} };
      },
    },
  ];
}
