import { WebhookDelivery } from '@bpkc/shared-types';

import { testApi } from './test-support';
import { startReceiver, subscribe } from './webhook-test-support';
import type { Receiver } from './webhook-test-support';

const products = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    sku: `SKU-${index}`,
    name: `Product ${index}`,
    price: '1.00',
  }));

describe('Brightpearl simulator: webhook delivery', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.script([]);
  });
  afterAll(() => receiver.close());

  it('delivers a 1000-product correction as ONE callback carrying the id set 1002-2001', async () => {
    const api = testApi({ webhookBatchMs: 30 });
    const ids = api.sim.seedProducts(products(1000));
    const webhookId = await subscribe(api, {
      subscribeTo: 'product.modified.on-hand-modified',
      uriTemplate: `${receiver.url}/bp/\${account-code}/\${resource-id}?token=s3cret`,
    });
    const res = await api.post('/warehouse-service/warehouse/2/stock-correction', {
      corrections: ids.map((productId) => ({ productId, quantity: 5, reason: 'Delivery' })),
    });
    expect(res.status).toBe(200);
    await api.sim.whenWebhooksIdle();
    expect(receiver.received).toHaveLength(1);
    const [callback] = receiver.received;
    expect(callback?.method).toBe('POST');
    expect(callback?.url).toBe('/bp/sandbox/1002-2001?token=s3cret');
    expect(callback?.headers['content-type']).toBe('application/json');
    // Brightpearl does not sign deliveries (reference §10.2).
    expect(Object.keys(callback?.headers ?? {}).join(' ')).not.toMatch(/signature|hmac/i);
    const delivery = WebhookDelivery.parse(JSON.parse(callback?.body ?? ''));
    expect(delivery).toEqual({
      accountCode: 'sandbox',
      resourceType: 'product',
      id: '1002-2001',
      lifecycleEvent: 'modified',
      fullEvent: 'product.modified.on-hand-modified',
      raisedOn: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      brightpearlVersion: '4.95.2647',
    });
    expect(api.sim.webhookLog.entries()).toEqual([
      {
        at: expect.any(Number),
        subscriptionId: webhookId,
        fullEvent: 'product.modified.on-hand-modified',
        idSet: '1002-2001',
        status: 200,
        attempt: 1,
      },
    ]);
    await api.sim.close();
  });

  it('merges events raised within the window; without idSetAccepted sends one per id', async () => {
    const api = testApi({ webhookBatchMs: 50 });
    const [a = 0, b = 0, c = 0] = api.sim.seedProducts(products(3));
    const uriTemplate = `${receiver.url}/hook/\${resource-id}`;
    const batched = await subscribe(api, { subscribeTo: 'product', uriTemplate });
    const single = await subscribe(api, {
      subscribeTo: 'product.modified',
      uriTemplate,
      idSetAccepted: false,
    });
    api.sim.correctStock(2, [{ productId: a, quantity: 1, reason: 'x' }]);
    api.sim.correctStock(3, [
      { productId: c, quantity: 1, reason: 'x' },
      { productId: b, quantity: 1, reason: 'x' },
    ]);
    await api.sim.whenWebhooksIdle();
    const log = api.sim.webhookLog.entries();
    expect(log.filter((entry) => entry.subscriptionId === batched).map((e) => e.idSet)).toEqual([
      `${a}-${c}`,
    ]);
    const singles = log.filter((entry) => entry.subscriptionId === single).map((e) => e.idSet);
    expect(singles.sort()).toEqual([a, b, c].map(String).sort());
    // The other integration's webhook hears the same event but is never called.
    expect(log.some((entry) => entry.subscriptionId === 101)).toBe(false);
    await api.sim.close();
  });

  it('matches whole resource, lifecycle and full event subscriptions', async () => {
    const api = testApi({ webhookBatchMs: 10 });
    const uriTemplate = `${receiver.url}/hook`;
    const ids = {
      resource: await subscribe(api, { subscribeTo: 'product', uriTemplate }),
      lifecycle: await subscribe(api, { subscribeTo: 'product.modified', uriTemplate }),
      full: await subscribe(api, { subscribeTo: 'product.modified.on-hand-modified', uriTemplate }),
    };
    const productId = api.sim.createProduct({
      brandId: 1,
      identity: { sku: 'NEW-1' },
      salesChannels: [{ productName: 'New' }],
      stock: { stockTracked: true },
    });
    await api.sim.whenWebhooksIdle();
    api.sim.updateProduct(productId, { status: 'ARCHIVED' });
    await api.sim.whenWebhooksIdle();
    api.sim.correctStock(2, [{ productId, quantity: 2, reason: 'x' }]);
    await api.sim.whenWebhooksIdle();
    const heard = (id: number) =>
      api.sim.webhookLog
        .entries()
        .filter((entry) => entry.subscriptionId === id)
        .map((entry) => entry.fullEvent);
    expect(heard(ids.resource)).toEqual([
      'product.created',
      'product.modified',
      'product.modified.on-hand-modified',
    ]);
    expect(heard(ids.lifecycle)).toEqual(['product.modified', 'product.modified.on-hand-modified']);
    expect(heard(ids.full)).toEqual(['product.modified.on-hand-modified']);
    await api.sim.close();
  });
});
