import { fulfilmentShop } from './goods-out-test-support';
import { testApi } from './test-support';

describe('Brightpearl simulator: goods-out stock and search', () => {
  const api = testApi();
  const shop = fulfilmentShop(api);
  afterAll(() => api.sim.close());

  it('holds stock in allocated until SHW, then the stock leaves', async () => {
    const before = shop.allocated()!;
    const { orderId, widgetRow } = await shop.placeOrder();
    expect(shop.allocated()).toMatchObject({
      onHand: before.onHand - 2,
      allocated: before.allocated + 2,
    });
    api.sim.shipOrder(orderId, { rows: [{ orderRowId: widgetRow.id, quantity: 2 }] });
    expect(shop.allocated()).toMatchObject({
      onHand: before.onHand - 2,
      allocated: before.allocated,
    });
  });

  it('searches notes by shipped, shippedOn and orderId', async () => {
    const { orderId } = await shop.placeOrder();
    const gonId = api.sim.shipOrder(orderId, { reference: 'SEARCH-1' });
    const res = await api.get(
      `/warehouse-service/goods-note/goods-out-search?shipped=true&shippedOn=2020-01-01T00:00:00Z/&orderId=${orderId}`,
    );
    expect(res.status).toBe(200);
    const names = res.body.response.metaData.columns.map((c: { name: string }) => c.name);
    expect(names.slice(0, 11)).toEqual([
      'goodsOutNoteId',
      'printed',
      'picked',
      'packed',
      'shipped',
      'shippedOn',
      'orderId',
      'shippingMethodId',
      'warehouseId',
      'priority',
      'createdOn',
    ]);
    expect(res.body.response.results).toEqual([
      [
        gonId,
        true,
        true,
        true,
        true,
        expect.any(String),
        orderId,
        2,
        2,
        false,
        expect.any(String),
        expect.any(String),
        4,
      ],
    ]);
    const unshipped = await api.get('/warehouse-service/goods-note/goods-out-search?shipped=false');
    expect(unshipped.body.response.results.every((row: unknown[]) => row[4] === false)).toBe(true);
  });
});
