import { seedShop, testApi } from './test-support';

describe('Brightpearl simulator: order custom fields and notes', () => {
  const api = testApi();
  const shop = seedShop(api);
  let orderId = 0;

  beforeAll(async () => {
    orderId = (await api.post('/order-service/sales-order', shop.orderBody())).body.response;
  });

  it('sets custom fields with add ops and answers the whole map', async () => {
    const ops = [
      { op: 'add', path: '/PCF_TAGS', value: 'vip, review' },
      { op: 'add', path: '/PCF_SOURCE', value: 'web' },
    ];
    const res = await api.patch(`/order-service/order/${orderId}/custom-field`, ops);
    expect(res.status).toBe(200);
    expect(res.body.response).toEqual({ PCF_TAGS: 'vip, review', PCF_SOURCE: 'web' });
    // add again: the same values (idempotent)
    await api.patch(`/order-service/order/${orderId}/custom-field`, ops);
    const read = await api.get(`/order-service/order/${orderId}/custom-field`);
    expect(read.body.response).toEqual({ PCF_TAGS: 'vip, review', PCF_SOURCE: 'web' });
  });

  it('refuses replace on an empty field with a 500 CMNC-044', async () => {
    const res = await api.patch(`/order-service/order/${orderId}/custom-field`, [
      { op: 'replace', path: '/PCF_EMPTY', value: 'x' },
    ]);
    expect(res.status).toBe(500);
    expect(res.body.errors[0].code).toBe('CMNC-044');
  });

  it('adds notes and answers 404 for an unknown order', async () => {
    const res = await api.post(`/order-service/order/${orderId}/note`, {
      text: 'Checked by phone',
      isPublic: false,
    });
    expect(res.status).toBe(200);
    expect(res.body.response).toBe(1);
    expect(api.sim.state.orders.get(orderId)!.notes).toEqual([
      expect.objectContaining({ text: 'Checked by phone', isPublic: false }),
    ]);
    const missing = await api.post('/order-service/order/999999/note', { text: 'x' });
    expect(missing.status).toBe(404);
  });
});
