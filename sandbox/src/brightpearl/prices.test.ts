import { testApi } from './test-support';

describe('Brightpearl simulator: product prices', () => {
  const api = testApi();
  const [shirtId = 0, mugId = 0] = api.sim.seedProducts([
    { sku: 'SHIRT', name: 'Shirt', price: '10' },
    { sku: 'MUG', name: 'Mug', price: '6.5' },
  ]);
  afterAll(() => api.sim.close());

  const pricesOf = async (path: string) => {
    const res = await api.get(`/product-service/product-price/${path}`);
    expect(res.status).toBe(200);
    return res.body.response;
  };

  it('serves prices by product id set, optionally narrowed to price lists', async () => {
    expect(await pricesOf(`${shirtId}-${mugId}`)).toEqual([
      {
        productId: shirtId,
        priceLists: [
          { priceListId: 1, currencyCode: 'GBP', currencyId: 1, quantityPrice: { '1': '10.0000' } },
        ],
      },
      {
        productId: mugId,
        priceLists: [
          { priceListId: 1, currencyCode: 'GBP', currencyId: 1, quantityPrice: { '1': '6.5000' } },
        ],
      },
    ]);
    const [narrowed] = await pricesOf(`${shirtId}/price-list/0`);
    expect(narrowed.priceLists).toEqual([
      { priceListId: 0, currencyCode: 'GBP', currencyId: 1, quantityPrice: {} },
    ]);
    expect((await api.get('/product-service/product-price/99999')).status).toBe(404);
  });

  it('replaces a list’s quantity breaks with PUT → {}', async () => {
    const res = await api.put(`/product-service/product-price/${shirtId}/price-list`, {
      priceLists: [{ priceListId: 1, quantityPrice: { '1': 12.5, '5': '50' } }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    const [shirt] = await pricesOf(`${shirtId}/price-list/1`);
    expect(shirt.priceLists[0].quantityPrice).toEqual({ '1': '12.5000', '5': '50.0000' });
  });

  it('rejects unknown price lists, bad prices and unknown products', async () => {
    const put = (productId: number, priceLists: unknown) =>
      api.put(`/product-service/product-price/${productId}/price-list`, { priceLists });
    expect((await put(shirtId, [{ priceListId: 7, quantityPrice: { '1': 1 } }])).status).toBe(400);
    expect((await put(shirtId, [{ priceListId: 1, quantityPrice: { '1': -1 } }])).status).toBe(400);
    expect((await put(shirtId, [{ priceListId: 1, quantityPrice: { x: 1 } }])).status).toBe(400);
    expect((await put(99999, [{ priceListId: 1, quantityPrice: { '1': 1 } }])).status).toBe(404);
  });

  it('sets prices through the direct API (cost list 0 now appears)', async () => {
    api.sim.setPrice(mugId, 0, { '1': '2.1' });
    const [mug] = await pricesOf(String(mugId));
    expect(mug.priceLists.map((list: { priceListId: number }) => list.priceListId)).toEqual([0, 1]);
    expect(mug.priceLists[0].quantityPrice).toEqual({ '1': '2.1000' });
  });
});
