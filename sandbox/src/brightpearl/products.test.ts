import { decodeSearchRows, PRODUCT_SEARCH_COLUMNS, SearchResponse } from '@bpkc/shared-types';

import { testApi } from './test-support';

describe('Brightpearl simulator: products', () => {
  const api = testApi();
  const [shirtId, mugId] = api.sim.seedProducts([
    { sku: 'SHIRT-01', name: 'Summer shirt', price: '19.99', taxCode: 'T20' },
    { sku: 'MUG&CO', name: 'Mug', price: '6.5', taxCode: 'Z', stockTracked: false },
  ]);

  const search = async (query: string) => {
    const res = await api.get(`/product-service/product-search?${query}`);
    return decodeSearchRows(SearchResponse.parse(res.body));
  };

  it('finds a product by exact SKU (URL-encoded), with the documented columns', async () => {
    const res = await api.get('/product-service/product-search?SKU=SHIRT-01');
    expect(SearchResponse.parse(res.body).response.metaData.columns.map((c) => c.name)).toEqual([
      ...PRODUCT_SEARCH_COLUMNS,
    ]);
    expect(await search('SKU=SHIRT-01')).toEqual([
      expect.objectContaining({
        productId: shirtId,
        SKU: 'SHIRT-01',
        productName: 'Summer shirt',
        stockTracked: true,
        productStatus: 'LIVE',
      }),
    ]);
    expect(await search('SKU=SHIRT')).toEqual([]);
    expect((await search('SKU=MUG%26CO'))[0]?.['productId']).toBe(mugId);
  });

  it('filters by productStatus and updatedOn and pages', async () => {
    expect(await search('productStatus=LIVE')).toHaveLength(2);
    expect(await search('productStatus=ARCHIVED')).toHaveLength(0);
    expect(await search('updatedOn=2000-01-01T00:00:00Z/')).toHaveLength(2);
    const page = SearchResponse.parse(
      (await api.get('/product-service/product-search?pageSize=1&firstResult=2')).body,
    );
    expect(page.response.metaData).toMatchObject({
      resultsReturned: 1,
      firstResult: 2,
      lastResult: 2,
      morePagesAvailable: false,
    });
  });

  it('serves the product shape (name under salesChannels, taxCode {id, code})', async () => {
    const res = await api.get(`/product-service/product/${shirtId},${mugId}`);
    expect(res.status).toBe(200);
    expect(res.body.response).toHaveLength(2);
    expect(res.body.response[0]).toMatchObject({
      id: shirtId,
      identity: { sku: 'SHIRT-01' },
      salesChannels: [{ productName: 'Summer shirt' }],
      financialDetails: { taxCode: { id: 1, code: 'T20' } },
      stock: { stockTracked: true },
      status: 'LIVE',
      nominalCodeSales: '4000',
    });
    expect(res.body.response[1].stock.stockTracked).toBe(false);
  });

  it('answers 404 CMNC-404 when no product in the id set exists', async () => {
    const res = await api.get('/product-service/product/1');
    expect(res.status).toBe(404);
    expect(res.body.errors[0].code).toBe('CMNC-404');
  });

  it('serves product prices on price list 1', async () => {
    const res = await api.get(`/product-service/product-price/${shirtId}`);
    expect(res.body.response[0].priceLists[0]).toMatchObject({
      priceListId: 1,
      quantityPrice: { '1': '19.9900' },
    });
  });
});
