import { seedShop, testApi } from './test-support';

describe('Brightpearl simulator: request log', () => {
  it('records route templates, statuses and supports count/reset', async () => {
    const api = testApi();
    const { orderBody } = seedShop(api);
    const created = await api.post('/order-service/sales-order', orderBody());
    await api.get(`/order-service/order/${created.body.response}`);
    await api.get('/order-service/order-search?externalRef=kentico-1001');
    await api.get('/order-service/order-search?orderStatusId=x');

    const log = api.sim.requestLog;
    expect(log.count()).toBe(4);
    expect(log.count('POST /order-service/sales-order')).toBe(1);
    expect(log.count('GET /order-service/order/:idSet')).toBe(1);
    expect(log.count('GET /order-service/order-search')).toBe(2);
    const entries = log.entries();
    expect(entries[0]).toMatchObject({ method: 'POST', status: 200, throttled: false });
    expect(typeof entries[0]?.at).toBe('number');
    expect(entries[3]?.status).toBe(500);
    log.reset();
    expect(log.count()).toBe(0);
  });
});
