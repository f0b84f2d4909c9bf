import { WebhookDelivery } from '@bpkc/shared-types';

import { seedShop, testApi } from './test-support';
import { startReceiver, subscribe } from './webhook-test-support';
import type { Receiver } from './webhook-test-support';

describe('Brightpearl simulator: what raises webhooks, and simulate', () => {
  let receiver: Receiver;
  const api = testApi({ webhookBatchMs: 10 });
  const shop = seedShop(api);
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    api.sim.webhookLog.reset();
  });
  afterAll(async () => {
    await api.sim.close();
    await receiver.close();
  });

  const heard = (id: number) =>
    api.sim.webhookLog
      .entries()
      .filter((entry) => entry.subscriptionId === id)
      .map(({ fullEvent, idSet }) => `${fullEvent} ${idSet}`);

  it('a sales order raises on-hand-modified for the products it allocated', async () => {
    const stock = await subscribe(api, {
      subscribeTo: 'product.modified.on-hand-modified',
      uriTemplate: `${receiver.url}/stock`,
    });
    const orders = await subscribe(api, { subscribeTo: 'order', uriTemplate: `${receiver.url}/o` });
    const sales = await subscribe(api, {
      subscribeTo: 'sales-order.created',
      uriTemplate: `${receiver.url}/so`,
    });
    api.sim.setStock(shop.widgetId, 2, 10);
    const res = await api.post('/order-service/sales-order', shop.orderBody());
    const orderId = res.body.response;
    await api.put(`/order-service/order/${orderId}/status`, { orderStatusId: 3 });
    await api.sim.whenWebhooksIdle();
    // The untracked gift wrap and the free-text shipping row allocate nothing.
    expect(heard(stock)).toEqual([`product.modified.on-hand-modified ${shop.widgetId}`]);
    expect(heard(sales)).toEqual([`sales-order.created ${orderId}`]);
    // Two deliveries in flight at once finish in either order (Brightpearl promises no order).
    expect(heard(orders).sort()).toEqual([
      `order.modified ${orderId}`,
      `order.modified.order-status ${orderId}`,
    ]);
  });

  it('a price change raises product.modified (Brightpearl has no price event)', async () => {
    const id = await subscribe(api, { subscribeTo: 'product', uriTemplate: `${receiver.url}/p` });
    const res = await api.put(`/product-service/product-price/${shop.widgetId}/price-list`, {
      priceLists: [{ priceListId: 1, quantityPrice: { '1': 12.5 } }],
    });
    expect(res.status).toBe(200);
    await api.sim.whenWebhooksIdle();
    expect(heard(id)).toEqual([`product.modified ${shop.widgetId}`]);
  });

  it('simulate renders the test data into the templates and calls at once', async () => {
    const id = await subscribe(api, {
      subscribeTo: 'product.modified.on-hand-modified',
      uriTemplate: `${receiver.url}/sim/\${resource-type}`,
    });
    const testData = {
      '${account-code}': 'myAccount',
      '${resource-type}': 'product',
      '${resource-id}': '1-5,99,202',
      '${lifecycle-event}': 'modified',
      '${resource-specifier}': 'on-hand-modified',
      '${raised-on}': '2012-01-01T01:01:01Z',
      '${brightpearl-version}': '4.23.1',
    };
    const res = await api.post(`/integration-service/webhook/${id}/simulate`, { testData });
    expect(res.status).toBe(200);
    await api.sim.whenWebhooksIdle();
    expect(receiver.received.map((callback) => callback.url)).toEqual(['/sim/product']);
    expect(WebhookDelivery.parse(JSON.parse(receiver.received[0]?.body ?? ''))).toEqual({
      accountCode: 'myAccount',
      resourceType: 'product',
      id: '1-5,99,202',
      lifecycleEvent: 'modified',
      fullEvent: 'product.modified.on-hand-modified',
      raisedOn: '2012-01-01T01:01:01Z',
      brightpearlVersion: '4.23.1',
    });
    const tooMany = await api.post(`/integration-service/webhook/${id}/simulate`, {
      testData: { '${resource-id}': '1-11' },
    });
    expect(tooMany.status).toBe(400);
    const unknown = await api.post('/integration-service/webhook/99999/simulate', { testData });
    expect(unknown.status).toBe(404);
  });
});
