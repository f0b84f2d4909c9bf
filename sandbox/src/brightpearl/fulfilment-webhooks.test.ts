import { fulfilmentShop } from './goods-out-test-support';
import { testApi } from './test-support';
import { startReceiver, subscribe } from './webhook-test-support';
import type { Receiver } from './webhook-test-support';

describe('Brightpearl simulator: shipping status, order status and their webhooks', () => {
  let receiver: Receiver;
  const api = testApi({ webhookBatchMs: 10 });
  const shop = fulfilmentShop(api);
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  beforeEach(() => api.sim.webhookLog.reset());
  afterAll(async () => {
    await api.sim.close();
    await receiver.close();
  });

  const heard = (id: number) =>
    api.sim.webhookLog
      .entries()
      .filter((entry) => entry.subscriptionId === id)
      .map(({ fullEvent, idSet }) => `${fullEvent} ${idSet}`);
  const orderView = async (orderId: number) =>
    (await api.get(`/order-service/order/${orderId}`)).body.response[0];

  it('goes SNS → SPS → ASS over two notes and raises fully-shipped once', async () => {
    const shipped = await subscribe(api, {
      subscribeTo: 'goods-out-note.modified.shipped',
      uriTemplate: `${receiver.url}/gon`,
    });
    const full = await subscribe(api, {
      subscribeTo: 'order.modified.fully-shipped',
      uriTemplate: `${receiver.url}/full`,
    });
    const { orderId, widgetRow } = await shop.placeOrder();
    expect((await orderView(orderId)).shippingStatusCode).toBe('SNS');

    const first = api.sim.shipOrder(orderId, {
      rows: [{ orderRowId: widgetRow.id, quantity: 1 }],
      reference: 'PART-1',
    });
    await api.sim.whenWebhooksIdle();
    expect((await orderView(orderId)).shippingStatusCode).toBe('SPS');
    expect(heard(full)).toEqual([]);

    const second = api.sim.shipOrder(orderId, { reference: 'PART-2', shippingMethodId: 1 });
    await api.sim.whenWebhooksIdle();
    const order = await orderView(orderId);
    expect(order.shippingStatusCode).toBe('ASS');
    expect(heard(shipped)).toEqual([
      `goods-out-note.modified.shipped ${first}`,
      `goods-out-note.modified.shipped ${second}`,
    ]);
    expect(heard(full)).toEqual([`order.modified.fully-shipped ${orderId}`]);
    const notes = api.sim.state.goodsOutNotes;
    expect(notes.get(second)).toMatchObject({
      sequence: 2,
      shipping: { reference: 'PART-2', shippingMethodId: 1 },
      rows: [{ orderRowId: widgetRow.id, quantity: 1 }],
    });
    // Nothing is left to ship: another shipment is refused.
    expect(() => api.sim.shipOrder(orderId)).toThrow(/products/);
    const search = await api.get(`/order-service/order-search?orderId=${orderId}`);
    expect(search.body.response.results[0][11]).toBe(4);
  });

  it('raises created and the status events a shipment walks through', async () => {
    const gon = await subscribe(api, { subscribeTo: 'goods-out-note', uriTemplate: receiver.url });
    const { orderId } = await shop.placeOrder();
    const gonId = api.sim.shipOrder(orderId);
    await api.sim.whenWebhooksIdle();
    // Deliveries run concurrently, so the log order is not the raise order.
    expect(heard(gon).sort()).toEqual(
      ['created', 'modified.packed', 'modified.picked', 'modified.printed', 'modified.shipped'].map(
        (event) => `goods-out-note.${event} ${gonId}`,
      ),
    );
  });

  it('setOrderStatus changes the status as a user would, raising order-status once', async () => {
    const status = await subscribe(api, {
      subscribeTo: 'order.modified.order-status',
      uriTemplate: `${receiver.url}/status`,
    });
    const { orderId } = await shop.placeOrder();
    api.sim.setOrderStatus(orderId, 3);
    api.sim.setOrderStatus(orderId, 3);
    await api.sim.whenWebhooksIdle();
    expect(heard(status)).toEqual([`order.modified.order-status ${orderId}`]);
    expect((await orderView(orderId)).orderStatus).toEqual({
      orderStatusId: 3,
      name: 'Awaiting payment',
    });
    expect(() => api.sim.setOrderStatus(orderId, 99)).toThrow(/does not exist/);
  });
});
