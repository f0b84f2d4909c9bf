import { fulfilmentShop } from './goods-out-test-support';
import { ADDRESS, testApi } from './test-support';

describe('Brightpearl simulator: sales credits (reference §9.2)', () => {
  const api = testApi();
  const shop = fulfilmentShop(api);
  afterAll(() => api.sim.close());

  const creditBody = (parentId: number, overrides: Record<string, unknown> = {}) => ({
    customer: { id: shop.customerId, address: ADDRESS },
    parentId,
    ref: 'RETURN-1',
    externalRef: `refund-${parentId}`,
    installedIntegrationInstanceId: 11,
    currency: { code: 'GBP', fixedExchangeRate: true, exchangeRate: '1' },
    rows: [{ productId: shop.widgetId, quantity: '1', taxCode: 'T20', net: '10.00', tax: '2.00' }],
    ...overrides,
  });
  const credit = (body: unknown) => api.post('/order-service/sales-credit', body);

  it('stores an SC with its parent, visible in order GET, sales-credit GET and order-search', async () => {
    const { orderId } = await shop.placeOrder();
    const onHand = shop.allocated()!.onHand;
    const res = await credit(creditBody(orderId));
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('post-sales-credit');
    const creditId = res.body.response as number;
    const [order] = (await api.get(`/order-service/order/${creditId}`)).body.response;
    expect(order).toMatchObject({
      id: creditId,
      orderTypeCode: 'SC',
      parentOrderId: orderId,
      orderStatus: { orderStatusId: 11, name: 'Pending credit' },
      orderPaymentStatus: 'UNPAID',
      totalValue: { total: '12.00' },
    });
    const [view] = (await api.get(`/order-service/sales-credit/${creditId}`)).body.response;
    expect(view).toMatchObject({
      id: creditId,
      parentId: orderId,
      externalRef: `refund-${orderId}`,
    });
    expect((await api.get(`/order-service/sales-order/${creditId}`)).body.response).toEqual([]);
    const search = await api.get(
      `/order-service/order-search?orderTypeId=3&parentOrderId=${orderId}`,
    );
    const [row] = search.body.response.results;
    expect([row[0], row[1], row[10]]).toEqual([creditId, 3, orderId]);
    // A credit allocates nothing.
    expect(shop.allocated()!.onHand).toBe(onHand);
  });

  it('checks the parent, positive rows, the status type and externalRef uniqueness', async () => {
    const { orderId } = await shop.placeOrder();
    const missing = await credit(creditBody(999));
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].message).toMatch(/sales order 999 does not exist/);
    const creditId = (await credit(creditBody(orderId))).body.response as number;
    const ofCredit = await credit(creditBody(creditId, { externalRef: 'nested' }));
    expect(ofCredit.body.errors[0].message).toMatch(/is not a sales order/);
    const negative = await credit(
      creditBody(orderId, {
        externalRef: 'neg',
        rows: [{ name: 'Refund', quantity: '-1', taxCode: 'T20', net: '-5.00', tax: '0' }],
      }),
    );
    expect(negative.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'rows.0.quantity: must be positive on a credit',
      'rows.0.net: must be positive on a credit',
    ]);
    const soStatus = await credit(creditBody(orderId, { externalRef: 'st', statusId: 2 }));
    expect(soStatus.body.errors[0].message).toMatch(/does not exist for sales credits/);
    const duplicate = await credit(creditBody(orderId));
    expect(duplicate.body.errors[0].code).toBe('ORDC-097');
  });

  it('is refunded by a PAYMENT and takes only SC statuses', async () => {
    const { orderId } = await shop.placeOrder();
    const creditId = (await credit(creditBody(orderId))).body.response as number;
    const refund = await api.post('/accounting-service/customer-payment', {
      transactionRef: 'REFUND-1',
      paymentMethodCode: 'CARD',
      paymentType: 'PAYMENT',
      orderId: creditId,
      currencyIsoCode: 'GBP',
      amountPaid: 12,
    });
    expect(refund.status).toBe(200);
    const [order] = (await api.get(`/order-service/order/${creditId}`)).body.response;
    expect(order.orderPaymentStatus).toBe('PAID');
    const put = (id: number) =>
      api.put(`/order-service/order/${creditId}/status`, { orderStatusId: id });
    expect((await put(2)).status).toBe(400);
    expect((await put(12)).status).toBe(200);
  });

  it('createSalesCredit makes a credit as a user would, without an externalRef', async () => {
    const { orderId } = await shop.placeOrder();
    const creditId = api.sim.createSalesCredit({
      customer: { id: shop.customerId },
      parentId: orderId,
      rows: [{ productId: shop.widgetId, quantity: '1', taxCode: 'T20', net: '5.00', tax: '1.00' }],
    });
    const stored = api.sim.state.orders.get(creditId);
    expect(stored).toMatchObject({ orderTypeCode: 'SC', parentOrderId: orderId });
    expect(stored?.externalRef).toBeUndefined();
    expect(() =>
      api.sim.createSalesCredit({ customer: { id: shop.customerId }, parentId: 1, rows: [] }),
    ).toThrow(/rows/);
  });
});
