import { fulfilmentShop } from './goods-out-test-support';
import { testApi } from './test-support';

describe('Brightpearl simulator: order status rules (reference §5.7)', () => {
  const api = testApi();
  const shop = fulfilmentShop(api);
  afterAll(() => api.sim.close());

  const setStatus = (orderId: number, orderStatusId: number) =>
    api.put(`/order-service/order/${orderId}/status`, { orderStatusId });
  const receipt = (orderId: number, transactionRef: string) =>
    api.post('/accounting-service/customer-payment', {
      transactionRef,
      paymentMethodCode: 'CARD',
      paymentType: 'RECEIPT',
      orderId,
      currencyIsoCode: 'GBP',
      amountPaid: 5,
    });

  it('answers 404 for an unknown order and 400 for a status of another order type', async () => {
    const { orderId } = await shop.placeOrder();
    expect((await setStatus(999, 2)).status).toBe(404);
    const credit = await setStatus(orderId, 11);
    expect(credit.status).toBe(400);
    expect(credit.body.errors[0].message).toMatch(/does not exist for sales orders/);
    expect((await setStatus(orderId, 42)).status).toBe(400);
  });

  it('cancels an order without notes or payments and gives its reservation back', async () => {
    const before = shop.allocated()!;
    const { orderId } = await shop.placeOrder();
    expect(shop.allocated()!.onHand).toBe(before.onHand - 2);
    const res = await setStatus(orderId, 5);
    expect(res).toMatchObject({ status: 200, body: {} });
    expect(shop.allocated()).toMatchObject(before);
    expect(api.sim.state.orders.get(orderId)?.statusId).toBe(5);
  });

  it('refuses to cancel an order with a goods-out note, a payment or an invoice', async () => {
    const noted = await shop.placeOrder();
    api.sim.shipOrder(noted.orderId);
    const withNote = await setStatus(noted.orderId, 5);
    expect(withNote.status).toBe(400);
    expect(withNote.body.errors[0].message).toMatch(/goods-out notes/);

    const paid = await shop.placeOrder();
    expect((await receipt(paid.orderId, 'CANCEL-1')).status).toBe(200);
    expect((await setStatus(paid.orderId, 5)).body.errors[0].message).toMatch(/payments/);

    const invoiced = await shop.placeOrder();
    expect((await setStatus(invoiced.orderId, 4)).status).toBe(200);
    expect((await setStatus(invoiced.orderId, 5)).body.errors[0].message).toMatch(/invoiced/);
    expect(api.sim.state.orders.get(invoiced.orderId)?.statusId).toBe(4);
  });
});
