import { fulfilmentShop } from './goods-out-test-support';
import { testApi } from './test-support';

describe('Brightpearl simulator: customer payments (reference §9.1)', () => {
  const api = testApi();
  const shop = fulfilmentShop(api);
  afterAll(() => api.sim.close());

  const payment = (overrides: Record<string, unknown>) => ({
    transactionRef: 'PAY-1',
    paymentMethodCode: 'CARD',
    paymentType: 'RECEIPT',
    currencyIsoCode: 'GBP',
    exchangeRate: 1.0,
    amountPaid: 10.0,
    paymentDate: '2026-04-17T10:00:00-06:00',
    ...overrides,
  });
  const pay = (body: unknown) => api.post('/accounting-service/customer-payment', body);
  const paymentStatus = async (orderId: number) =>
    (await api.get(`/order-service/order/${orderId}`)).body.response[0].orderPaymentStatus;

  it('records receipts and moves the order from UNPAID to PARTIALLY_PAID to PAID', async () => {
    const { orderId } = await shop.placeOrder();
    expect(await paymentStatus(orderId)).toBe('UNPAID');
    const first = await pay(payment({ orderId, transactionRef: 'A-1' }));
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ response: expect.any(Number) });
    expect(await paymentStatus(orderId)).toBe('PARTIALLY_PAID');
    expect(
      (await pay(payment({ orderId, transactionRef: 'A-2', amountPaid: '22.99' }))).status,
    ).toBe(200);
    expect(await paymentStatus(orderId)).toBe('PAID');
    const search = await api.get(`/order-service/order-search?orderId=${orderId}`);
    expect(search.body.reference.orderPaymentStatusNames).toEqual({ '4': 'PAID' });
    expect(api.sim.state.payments.get(first.body.response)).toMatchObject({
      amountPaid: '10.00',
      paymentDate: '2026-04-17T16:00:00.000+00:00',
      currencyId: 1,
    });
  });

  it('keeps transactionRef + paymentMethodCode unique', async () => {
    const { orderId } = await shop.placeOrder();
    expect((await pay(payment({ orderId, transactionRef: 'DUP' }))).status).toBe(200);
    const again = await pay(payment({ orderId, transactionRef: 'DUP' }));
    expect(again.status).toBe(400);
    expect(again.body.errors[0]).toMatchObject({ code: 'ACCC-045' });
    const otherMethod = await pay(
      payment({ orderId, transactionRef: 'DUP', paymentMethodCode: 'PAYPAL' }),
    );
    expect(otherMethod.status).toBe(200);
  });

  it('needs an existing order of the right type and valid fields', async () => {
    const { orderId } = await shop.placeOrder();
    expect((await pay(payment({ orderId: 999, transactionRef: 'X-1' }))).status).toBe(400);
    const refund = await pay(payment({ orderId, paymentType: 'PAYMENT', transactionRef: 'X-2' }));
    expect(refund.body.errors[0].message).toMatch(/sales credit/);
    const bad = await pay(payment({ orderId, paymentType: 'GIFT', currencyIsoCode: 'POUND' }));
    expect(bad.body.errors.map((e: { message: string }) => e.message.split(':')[0])).toEqual([
      'paymentType',
      'currencyIsoCode',
    ]);
    // An AUTH pays nothing.
    expect(
      (
        await pay(
          payment({ orderId, paymentType: 'AUTH', amountAuthorized: 30, transactionRef: 'X-3' }),
        )
      ).status,
    ).toBe(200);
    expect(await paymentStatus(orderId)).toBe('UNPAID');
  });

  it('searches by transactionRef and orderId with the recorded columns', async () => {
    const { orderId } = await shop.placeOrder();
    const id = (await pay(payment({ orderId, transactionRef: 'FIND-ME' }))).body.response;
    const res = await api.get('/accounting-service/customer-payment-search?transactionRef=FIND-ME');
    const { columns } = res.body.response.metaData;
    expect(columns.map((c: { name: string }) => c.name)).toEqual([
      'paymentId',
      'transactionRef',
      'transactionCode',
      'paymentMethodCode',
      'paymentType',
      'orderId',
      'currencyId',
      'currencyCode',
      'amountAuthorized',
      'amountPaid',
      'expires',
      'paymentDate',
      'createdOn',
      'journalId',
    ]);
    expect(res.body.response.results).toEqual([
      [
        id,
        'FIND-ME',
        null,
        'CARD',
        'RECEIPT',
        orderId,
        1,
        'GBP',
        '0.00',
        '10.00',
        null,
        expect.any(String),
        expect.any(String),
        null,
      ],
    ]);
    const byOrder = await api.get(`/accounting-service/customer-payment-search?orderId=${orderId}`);
    expect(byOrder.body.response.results).toHaveLength(1);
  });

  it('takes ten payments in one multi-message, and refuses them all when repeated', async () => {
    const { orderId } = await shop.placeOrder();
    const batch = {
      processingMode: 'SEQUENTIAL',
      onFail: 'CONTINUE',
      messages: Array.from({ length: 10 }, (_, index) => ({
        label: `CARD:MM-${index}`,
        uri: '/accounting-service/customer-payment',
        httpMethod: 'POST',
        body: payment({ orderId, transactionRef: `MM-${index}`, amountPaid: 1 }),
      })),
    };
    const logged = api.sim.requestLog.count();
    const res = await api.post('/multi-message', batch);
    expect(res.status).toBe(200);
    const processed = res.body.response.processedMessages;
    expect(processed.map((m: { statusCode: number }) => m.statusCode)).toEqual(Array(10).fill(200));
    expect(api.sim.requestLog.count() - logged).toBe(1);
    const search = await api.get(`/accounting-service/customer-payment-search?orderId=${orderId}`);
    expect(search.body.response.metaData.resultsAvailable).toBe(10);
    const repeat = await api.post('/multi-message', batch);
    expect(repeat.status).toBe(207);
    expect(
      repeat.body.response.processedMessages.every(
        (m: { statusCode: number }) => m.statusCode === 400,
      ),
    ).toBe(true);
  });
});
