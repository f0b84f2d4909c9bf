import { WEBHOOK_BODY_TEMPLATE } from '@bpkc/shared-types';
import type { WebhookDefinition } from '@bpkc/shared-types';

import { BrightpearlValidationError } from './errors';
import { useCatalogStub } from './test-support/catalog-stub';

const catalog = useCatalogStub();

/** Reference §10.1, the recorded subscription. */
const HOOK: WebhookDefinition = {
  subscribeTo: 'goods-out-note.created',
  httpMethod: 'POST',
  uriTemplate: 'https://example.com/bp/webhook?token=SECRET',
  bodyTemplate: WEBHOOK_BODY_TEMPLATE,
  contentType: 'application/json',
  idSetAccepted: true,
  qualityOfService: 1,
};

test('an account without webhooks (404 CMNC-404) lists none', async () => {
  await expect(catalog.client.listWebhooks()).resolves.toEqual([]);
  expect(catalog.stub.requests[0]?.url).toBe('/integration-service/webhook');
});

test('creates, lists and deletes webhooks', async () => {
  const { client } = catalog;
  const id = await client.createWebhook({ ...HOOK, id: 5 });
  expect(id).toBe(121);
  // The id is Brightpearl's to assign: ours is not sent.
  expect(catalog.stub.requests[0]).toMatchObject({ method: 'POST', body: HOOK });
  catalog.state.webhooks.push({
    id: 7,
    subscribeTo: 'product',
    httpMethod: 'GET',
    uriTemplate: 'x',
  });
  await expect(client.listWebhooks()).resolves.toEqual([
    { ...HOOK, id: 121 },
    { id: 7, subscribeTo: 'product', httpMethod: 'GET', uriTemplate: 'x' },
  ]);
  await client.deleteWebhook(121);
  expect(catalog.stub.requests.at(-1)).toMatchObject({
    method: 'DELETE',
    url: '/integration-service/webhook/121',
  });
  await expect(client.listWebhooks()).resolves.toEqual([expect.objectContaining({ id: 7 })]);
});

test('deleting a webhook that is already gone resolves (idempotent)', async () => {
  await expect(catalog.client.deleteWebhook(99_999)).resolves.toBeUndefined();
  expect(catalog.stub.requests).toHaveLength(1);
});

test('refuses a POST webhook without a body template, before any call', async () => {
  await expect(
    catalog.client.createWebhook({ ...HOOK, bodyTemplate: undefined }),
  ).rejects.toBeInstanceOf(BrightpearlValidationError);
  await expect(catalog.client.deleteWebhook(0)).rejects.toMatchObject({ local: true });
  expect(catalog.stub.requests).toHaveLength(0);
});
