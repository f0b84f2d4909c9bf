import { parseIdSet } from '@bpkc/shared-types';

import { MAX_IDS_PER_PRODUCT_GET } from './catalog-api';
import { BrightpearlValidationError } from './errors';
import { MAX_IDS_PER_PRICE_GET } from './prices-api';
import { useCatalogStub } from './test-support/catalog-stub';

const catalog = useCatalogStub();
const urls = () => catalog.stub.requests.map((r) => r.url);

test('decodes the recorded product shape and a grouped variant', async () => {
  const records = await catalog.client.getProducts([1008, 1007, 1007]);
  expect(urls()).toEqual(['/product-service/product/1007-1008']);
  expect(records).toEqual([
    {
      productId: 1007,
      sku: 'TEST001',
      name: 'Nice Shirt for Summer',
      status: 'LIVE',
      productGroupId: null,
      variations: [],
      stockTracked: true,
      taxCode: 'T',
    },
    {
      productId: 1008,
      sku: 'SHIRT-BLK',
      // The "Brightpearl" channel wins over the first one.
      name: 'Shirt, black',
      status: 'ARCHIVED',
      productGroupId: 1006,
      variations: [{ option: 'Colour', value: 'Black' }],
      stockTracked: false,
      taxCode: null,
    },
  ]);
});

test('chunks product GETs at 200 ids; a chunk answering 404 adds nothing', async () => {
  expect(MAX_IDS_PER_PRODUCT_GET).toBe(200);
  const ids = Array.from({ length: 250 }, (_, i) => 2000 + i * 4);
  const records = await catalog.client.getProducts([...ids, 9, 11]);
  const sets = urls().map((url) => parseIdSet(url.replace('/product-service/product/', '')));
  expect(sets.map((set) => set.length)).toEqual([200, 52]);
  expect(urls()[0]).toMatch(/^\/product-service\/product\/9,11,2000,2004,/);
  expect(records.map((r) => r.productId)).toEqual(ids);
  await expect(catalog.client.getProducts([1, 2, 3])).resolves.toEqual([]);
  expect(urls().at(-1)).toBe('/product-service/product/1-3');
});

test('reads quantity-1 prices of one list; null when the list has none; 404 = none', async () => {
  expect(MAX_IDS_PER_PRICE_GET).toBe(200);
  const prices = await catalog.client.getPrices([1007, 1008, 5], 1);
  expect(urls()).toEqual(['/product-service/product-price/5,1007-1008/price-list/1']);
  expect(prices).toEqual(
    new Map<number, number | null>([
      [1007, 10],
      [1008, null],
    ]),
  );
  await expect(catalog.client.getPrices([1008], 4)).resolves.toEqual(new Map([[1008, 12.5]]));
  await expect(catalog.client.getPrices([42], 1)).resolves.toEqual(new Map());
});

test('sets a price through the price-list PUT', async () => {
  await catalog.client.setPrice({ productId: 1007, priceListId: 1, price: 19.99 });
  expect(catalog.stub.requests[0]).toMatchObject({
    method: 'PUT',
    url: '/product-service/product-price/1007/price-list',
    body: { priceLists: [{ priceListId: 1, quantityPrice: { '1': 19.99 } }] },
  });
  await expect(
    catalog.client.setPrice({ productId: 1007, priceListId: 1, price: -1 }),
  ).rejects.toBeInstanceOf(BrightpearlValidationError);
});

test('creates a product with the recorded body shape', async () => {
  const id = await catalog.client.createProduct({
    sku: ' CRL001 ',
    name: 'Test Product',
    brandId: 74,
    taxCode: { id: 2, code: 'T' },
    stockTracked: true,
  });
  expect(id).toBe(1579);
  expect(catalog.stub.requests[0]?.body).toEqual({
    brandId: 74,
    identity: { sku: 'CRL001' },
    stock: { stockTracked: true },
    financialDetails: { taxable: true, taxCode: { id: 2, code: 'T' } },
    salesChannels: [{ salesChannelName: 'Brightpearl', productName: 'Test Product' }],
  });
  await catalog.client.createProduct({ sku: 'B', name: 'B', brandId: 74, stockTracked: false });
  expect(catalog.stub.requests[1]?.body).not.toHaveProperty('financialDetails');
});

test('refuses a product without a brand before any call (Brightpearl: PRDC-014)', async () => {
  await expect(
    catalog.client.createProduct({ sku: 'A', name: 'A', brandId: 0, stockTracked: true }),
  ).rejects.toMatchObject({ local: true });
  expect(catalog.stub.requests).toHaveLength(0);
});
