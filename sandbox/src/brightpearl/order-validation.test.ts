import request from 'supertest';

import { PREFIX, seedShop, testApi, TOKEN_HEADERS } from './test-support';

describe('Brightpearl simulator: sales order validation', () => {
  const api = testApi();
  const shop = seedShop(api);

  beforeAll(async () => {
    expect((await api.post('/order-service/sales-order', shop.orderBody())).status).toBe(200);
  });

  it('rejects a second order with the same externalRef + instance id', async () => {
    const res = await api.post('/order-service/sales-order', shop.orderBody());
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { code: 'ORDC-097', message: 'An order with external reference kentico-1001 already exists' },
    ]);
    const otherInstance = await api.post(
      '/order-service/sales-order',
      shop.orderBody({ installedIntegrationInstanceId: 12 }),
    );
    expect(otherInstance.status).toBe(200);
  });

  it('rejects unknown customers and products without storing anything', async () => {
    const before = api.sim.state.orders.size;
    const body = shop.orderBody({
      externalRef: 'x-1',
      customer: { id: 9999 },
      rows: [{ productId: 4242, quantity: '1', taxCode: 'T20', net: '1', tax: '0.2' }],
    });
    const res = await api.post('/order-service/sales-order', body);
    expect(res.status).toBe(400);
    const messages = res.body.errors.map((error: { message: string }) => error.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('9999'),
        expect.stringContaining('rows.0.productId'),
      ]),
    );
    expect(api.sim.state.orders.size).toBe(before);
  });

  it('turns schema failures into 400s naming the field, and non-JSON into CMNC-010', async () => {
    const res = await api.post(
      '/order-service/sales-order',
      shop.orderBody({
        rows: [{ productId: shop.widgetId, quantity: 'two', taxCode: 'T20', net: '1', tax: '0' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/^rows\.0\.quantity: /);
    const fractional = await api.post(
      '/order-service/sales-order',
      shop.orderBody({
        externalRef: 'f-1',
        rows: [{ productId: shop.widgetId, quantity: '1.5', taxCode: 'T20', net: '1', tax: '0' }],
      }),
    );
    expect(fractional.status).toBe(400);
    const junk = await request(api.sim.app)
      .post(`${PREFIX}/order-service/sales-order`)
      .set(TOKEN_HEADERS)
      .set('content-type', 'application/json')
      .send('{not json');
    expect(junk.status).toBe(400);
    expect(junk.body.errors[0]).toEqual({
      code: 'CMNC-010',
      message: 'You must supply a JSON formatted body',
    });
  });
});
