import { ProductAvailability } from '@bpkc/shared-types';

import { seedShop, testApi } from './test-support';

describe('Brightpearl simulator: availability and stock corrections', () => {
  const api = testApi();
  const shop = seedShop(api);
  const [shirtId = 0, bagId = 0, giftId = 0] = api.sim.seedProducts([
    { sku: 'SHIRT-1', name: 'Shirt', price: '20.00', stock: { 2: 48, 3: 12 } },
    { sku: 'BAG-1', name: 'Bag', price: '30.00' },
    { sku: 'GIFT', name: 'Gift card', price: '25.00', stockTracked: false },
  ]);
  afterAll(() => api.sim.close());

  const availability = async (idSet: string) => {
    const res = await api.get(`/warehouse-service/product-availability/${idSet}`);
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('get-product-availability');
    return ProductAvailability.parse(res.body.response);
  };

  it('answers by id set with totals and per-warehouse figures; untracked products are absent', async () => {
    const figures = await availability(`${shirtId},${bagId},${giftId}`);
    expect(Object.keys(figures)).toEqual([String(shirtId), String(bagId)]);
    expect(figures[String(shirtId)]).toEqual({
      total: { inStock: 60, onHand: 60, allocated: 0, inTransit: 0 },
      warehouses: {
        '2': { inStock: 48, onHand: 48, allocated: 0, inTransit: 0 },
        '3': { inStock: 12, onHand: 12, allocated: 0, inTransit: 0 },
      },
    });
    expect(figures[String(bagId)]).toEqual({
      total: { inStock: 0, onHand: 0, allocated: 0, inTransit: 0 },
      warehouses: {},
    });
  });

  it('fails the whole call with 400 when one id does not exist, and above 1000 ids', async () => {
    const res = await api.get(`/warehouse-service/product-availability/${shirtId},99999`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'WHSC-070' });
    expect(res.body.errors[0].message).toContain('99999');
    const tooMany = await api.get('/warehouse-service/product-availability/1-1001');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].code).toBe('CMNC-029');
  });

  it('corrects stock (signed quantities) and answers the goods-note id', async () => {
    const res = await api.post('/warehouse-service/warehouse/2/stock-correction', {
      corrections: [
        { productId: shirtId, quantity: -8, reason: 'Damaged' },
        { productId: bagId, quantity: 5, reason: 'Found', cost: { currency: 'GBP', value: 12 } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.response).toEqual([expect.any(Number)]);
    expect(api.sim.availability(shirtId)?.warehouses['2']?.onHand).toBe(40);
    expect(api.sim.availability(bagId)?.total).toMatchObject({ onHand: 5, inStock: 5 });
  });

  it('refuses to take on-hand below zero, leaving every line unapplied', async () => {
    const res = await api.post('/warehouse-service/warehouse/3/stock-correction', {
      corrections: [
        { productId: bagId, quantity: 1, reason: 'Count' },
        { productId: shirtId, quantity: -13, reason: 'Count' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { code: 'WHSC-070', message: expect.stringContaining('only 12 on hand in warehouse 3') },
    ]);
    expect(api.sim.availability(shirtId)?.warehouses['3']?.onHand).toBe(12);
    expect(api.sim.availability(bagId)?.warehouses['3']).toBeUndefined();
  });

  it('rejects unknown warehouses, unknown or untracked products and bad bodies', async () => {
    const line = { productId: shirtId, quantity: 1, reason: 'x' };
    const post = (warehouse: number, corrections: unknown) =>
      api.post(`/warehouse-service/warehouse/${warehouse}/stock-correction`, { corrections });
    expect((await post(9, [line])).status).toBe(400);
    expect((await post(2, [{ ...line, productId: 99999 }])).status).toBe(400);
    expect((await post(2, [{ ...line, productId: giftId }])).status).toBe(400);
    expect((await post(2, [])).status).toBe(400);
  });

  it('allocates stock-tracked order rows: onHand → allocated in the order warehouse', async () => {
    api.sim.setStock(shop.widgetId, 2, 3);
    const first = await api.post('/order-service/sales-order', shop.orderBody());
    expect(first.status).toBe(200);
    expect(api.sim.availability(shop.widgetId)?.warehouses['2']).toEqual({
      inStock: 3,
      onHand: 1,
      allocated: 2,
      inTransit: 0,
    });
    // Only what is on hand is allocated; on-hand never goes below zero.
    const second = await api.post(
      '/order-service/sales-order',
      shop.orderBody({ externalRef: 'kentico-1002' }),
    );
    expect(second.status).toBe(200);
    expect(api.sim.availability(shop.widgetId)?.total).toMatchObject({ onHand: 0, allocated: 3 });
  });

  it('lists GET URIs for the existing stock-tracked ids (OPTIONS)', async () => {
    const res = await api.options(
      `/warehouse-service/product-availability/1-5,${shirtId}-${giftId}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.response).toEqual({
      getUris: [`/product-availability/${shirtId}-${bagId}`],
    });
  });

  it('drives changes without spending the budget', () => {
    const before = api.sim.requestLog.count();
    const [noteId] = api.sim.correctStock(3, [{ productId: bagId, quantity: 4, reason: 'Test' }]);
    expect(noteId).toEqual(expect.any(Number));
    expect(api.sim.availability(bagId)?.warehouses['3']?.onHand).toBe(4);
    expect(api.sim.availability(giftId)).toBeUndefined();
    expect(() =>
      api.sim.correctStock(3, [{ productId: bagId, quantity: -5, reason: 'Test' }]),
    ).toThrow(expect.objectContaining({ status: 400 }));
    expect(api.sim.requestLog.count()).toBe(before);
  });
});
