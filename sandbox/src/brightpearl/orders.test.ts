import { seedShop, testApi } from './test-support';

describe('Brightpearl simulator: sales orders', () => {
  const api = testApi();
  const shop = seedShop(api);
  let orderId = 0;

  beforeAll(async () => {
    const res = await api.post('/order-service/sales-order', shop.orderBody());
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('post-sales-order');
    orderId = res.body.response;
    expect(typeof orderId).toBe('number');
  });

  it('serves the low-level order shape with rows keyed by id and money as strings', async () => {
    const res = await api.get(`/order-service/order/${orderId}`);
    expect(res.headers['message-type']).toBe('get-order');
    const [order] = res.body.response;
    expect(order).toMatchObject({
      id: orderId,
      orderTypeCode: 'SO',
      reference: 'WEB-1001',
      externalRef: 'kentico-1001',
      orderStatus: { orderStatusId: 2, name: 'New web order' },
      assignment: { current: { channelId: 1 } },
      delivery: { shippingMethodId: 2 },
      currency: { orderCurrencyCode: 'GBP', accountingCurrencyCode: 'GBP' },
      totalValue: { net: '27.49', taxAmount: '5.50', total: '32.99' },
      warehouseId: 2,
      shippingStatusCode: 'SNS',
    });
    expect(order.parties.customer).toMatchObject({
      contactId: shop.customerId,
      countryIsoCode: 'GB',
      countryIsoCode3: 'GBR',
    });
    expect(order.parties.billing.contactId).toBe(shop.customerId);
    expect(order.parties.delivery.addressFullName).toBe('Ada Lovelace');
    const rows = Object.entries(order.orderRows) as Array<[string, Record<string, unknown>]>;
    expect(rows).toHaveLength(3);
    const [rowId, widget] = rows[0]!;
    expect(Number(rowId)).toBeGreaterThan(0);
    expect(widget).toMatchObject({
      productId: shop.widgetId,
      productSku: 'WIDGET-1',
      productName: 'Widget',
      quantity: { magnitude: '2.0000' },
      productPrice: { value: '10.0000' },
      rowValue: {
        taxCode: 'T20',
        taxRate: '20.0000',
        rowNet: { value: '20.0000' },
        rowTax: { value: '4.00' },
      },
      nominalCode: '4000',
    });
    expect(rows[2]?.[1]).toMatchObject({
      productId: 1000,
      productName: 'Shipping',
      nominalCode: '4040',
    });
  });

  it('serves the sales-order resource shape', async () => {
    const res = await api.get(`/order-service/sales-order/${orderId}`);
    const [order] = res.body.response;
    expect(order).toMatchObject({
      id: orderId,
      customer: { id: shop.customerId, address: { countryIsoCode: 'GBR' } },
      billing: { contactId: shop.customerId },
      ref: 'WEB-1001',
      externalRef: 'kentico-1001',
      installedIntegrationInstanceId: 11,
      statusId: 2,
      channelId: 1,
      warehouseId: 2,
      delivery: { shippingMethodId: 2 },
      currency: { code: 'GBP' },
      total: { net: '27.49', tax: '5.50', gross: '32.99' },
    });
    expect(order.rows[0]).toMatchObject({
      productId: shop.widgetId,
      quantity: '2',
      net: '20.00',
      tax: '4.00',
    });
    expect(order.rows[0].id).toEqual(expect.any(Number));
  });

  it('answers 200 [] for an unknown order id (reference §3.3)', async () => {
    const res = await api.get('/order-service/order/999');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ response: [] });
  });

  it('defaults addresses from the contact and status from the account configuration', async () => {
    const body = {
      customer: { id: shop.customerId },
      rows: [{ name: 'Gift card', quantity: '1', taxCode: 'N', net: '25', tax: '0' }],
    };
    const created = await api.post('/order-service/sales-order', body);
    const [order] = (await api.get(`/order-service/sales-order/${created.body.response}`)).body
      .response;
    expect(order).toMatchObject({
      statusId: 2,
      channelId: 1,
      warehouseId: 2,
      priceListId: 1,
      currency: { code: 'GBP' },
    });
    expect(order.delivery.address).toMatchObject({
      addressLine1: '1 Sandbox Street',
      email: 'ada@example.com',
    });
  });

  it('updates the order status with PUT order/{id}/status', async () => {
    const res = await api.put(`/order-service/order/${orderId}/status`, { orderStatusId: 4 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    const [order] = (await api.get(`/order-service/order/${orderId}`)).body.response;
    expect(order.orderStatus).toEqual({ orderStatusId: 4, name: 'Invoiced' });
  });
});
