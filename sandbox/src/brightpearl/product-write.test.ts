import { decodeSearchRows, SearchResponse } from '@bpkc/shared-types';

import { testApi } from './test-support';

describe('Brightpearl simulator: product create and update', () => {
  const api = testApi();
  afterAll(() => api.sim.close());
  const body = (overrides: Record<string, unknown> = {}) => ({
    brandId: 74,
    identity: { sku: 'CRL001' },
    financialDetails: { taxable: true, taxCode: { id: 2, code: 'T5' } },
    salesChannels: [{ salesChannelName: 'Brightpearl', productName: 'Test Product' }],
    stock: { stockTracked: true },
    ...overrides,
  });
  let productId = 0;

  it('creates a product → its id, served in the recorded GET shape', async () => {
    const res = await api.post('/product-service/product', body());
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('post-product');
    productId = res.body.response;
    expect(productId).toBe(1002);
    const [product] = (await api.get(`/product-service/product/${productId}`)).body.response;
    expect(product).toMatchObject({
      id: productId,
      brandId: 74,
      identity: { sku: 'CRL001' },
      salesChannels: [{ productName: 'Test Product' }],
      financialDetails: { taxCode: { id: 2, code: 'T5' } },
      stock: { stockTracked: true },
      status: 'LIVE',
    });
    const [prices] = (await api.get(`/product-service/product-price/${productId}`)).body.response;
    expect(prices.priceLists).toEqual([
      { priceListId: 1, currencyCode: 'GBP', currencyId: 1, quantityPrice: {} },
    ]);
  });

  it('requires a brand (400 PRDC-014) and a name; refuses a duplicate SKU', async () => {
    const noBrand = await api.post('/product-service/product', body({ brandId: undefined }));
    expect(noBrand.status).toBe(400);
    expect(noBrand.body.errors).toEqual([
      { code: 'PRDC-014', message: 'You must supply a brand ID.' },
    ]);
    const noName = await api.post('/product-service/product', body({ salesChannels: [] }));
    expect(noName.status).toBe(400);
    const duplicate = await api.post('/product-service/product', body());
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors[0].code).toBe('PRDC-045');
    const badTax = await api.post(
      '/product-service/product',
      body({ identity: { sku: 'X' }, financialDetails: { taxCode: { code: 'NOPE' } } }),
    );
    expect(badTax.status).toBe(400);
  });

  it('updates name and status with a partial PUT → {}', async () => {
    const res = await api.put(`/product-service/product/${productId}`, {
      salesChannels: [{ salesChannelName: 'Brightpearl', productName: 'Renamed' }],
      status: 'ARCHIVED',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    const [product] = (await api.get(`/product-service/product/${productId}`)).body.response;
    expect(product).toMatchObject({
      salesChannels: [{ productName: 'Renamed' }],
      status: 'ARCHIVED',
      identity: { sku: 'CRL001' },
    });
    expect((await api.put('/product-service/product/99999', { status: 'LIVE' })).status).toBe(404);
  });

  it('serves variants with productGroupId and variations (seeded)', async () => {
    const variations = [
      { optionId: 1, optionName: 'Colour', optionValueId: 1, optionValue: 'Black' },
    ];
    const [variantId] = api.sim.seedProducts([
      { sku: 'TEE-BLK', name: 'Tee black', price: '9.00', productGroupId: 500, variations },
    ]);
    const [product] = (await api.get(`/product-service/product/${variantId}`)).body.response;
    expect(product).toMatchObject({ productGroupId: 500, variations });
    const search = await api.get('/product-service/product-search?productGroupId=500');
    const rows = decodeSearchRows(SearchResponse.parse(search.body));
    expect(rows.map((row) => row['productId'])).toEqual([variantId]);
  });

  it('limits product GET to 200 ids per call (400 beyond) and lists GET URIs', async () => {
    const res = await api.get('/product-service/product/1-201');
    expect(res.status).toBe(400);
    const options = await api.options('/product-service/product/1-2000');
    expect(options.body.response).toEqual({ getUris: [`/product/${productId}-${productId + 1}`] });
  });

  it('creates through the direct API too (same checks, no budget spent)', () => {
    const id = api.sim.createProduct(body({ identity: { sku: 'DIRECT-1' } }));
    expect(api.sim.state.products.get(id)?.sku).toBe('DIRECT-1');
    expect(() => api.sim.createProduct(body({ identity: { sku: 'DIRECT-1' } }))).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
});
