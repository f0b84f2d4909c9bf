import request from 'supertest';

import type { CatalogRecord } from '../brightpearl';
import { recordProductSamples } from '../sync/catalog/product-samples';
import { bearer, type Harness, MAPPING, openHarness, token } from './test-harness';

const RECORD: CatalogRecord = {
  productId: 1001,
  sku: 'TEE-RED-M',
  name: 'T-shirt',
  status: 'LIVE',
  productGroupId: 1000,
  variations: [{ option: 'Colour', value: 'Red' }],
  stockTracked: true,
  taxCode: 'T20',
};
const CURRENT_PRODUCT = {
  sku: 'TEE-RED-M',
  name: 'T-shirt',
  productGroupId: 1000,
  variations: RECORD.variations,
  price: 10,
  currencyCode: 'GBP',
  status: 'LIVE',
  brightpearlProductId: 1001,
};
const withProduct = (transforms: Record<string, string>, catalog = {}) => ({
  ...MAPPING,
  catalog: { ...MAPPING.catalog, ...catalog },
  transforms: { ...MAPPING.transforms, product: transforms },
});

/** The product preview: a record catalog sync read, shaped by both mappings, no call anywhere. */
describe('admin API: product preview', () => {
  let harness: Harness;
  const viewer = bearer(token(['view']));
  const post = (path: string, body: object) =>
    request(harness.app).post(`/api/v1${path}`).set('Authorization', viewer).send(body);

  beforeAll(async () => {
    harness = await openHarness();
    const prices = { priceListId: MAPPING.brightpearl.priceListId, prices: new Map([[1001, 10]]) };
    await recordProductSamples(harness.store, [RECORD], prices);
  });
  afterAll(() => harness.close());

  it('lists the products catalog sync read as samples, by SKU', async () => {
    const res = await request(harness.app)
      .get('/api/v1/preview/samples?entity=product')
      .set('Authorization', viewer)
      .expect(200);
    expect(res.body).toEqual([
      { id: 'TEE-RED-M', label: 'Product TEE-RED-M — T-shirt', at: expect.any(String) },
    ]);
  });

  it('shows the Kentico upsert of the current and the edited mapping side by side', async () => {
    const draft = withProduct({
      name: 'name & " – " & $join(variations.value, " / ")',
      price: '$round(price * 1.2, 2)',
      'customFields.TaxCode': 'taxCode',
    });
    const res = await post('/preview', { entity: 'product', id: 'TEE-RED-M', draft }).expect(200);
    const upsert = { system: 'kentico', method: 'PUT', path: '/products' };
    expect(res.body.brightpearlCalls).toBe(0);
    expect(res.body.current).toEqual({
      mappingVersion: 1,
      body: { products: [CURRENT_PRODUCT] },
      followUps: [],
      findings: [],
      decision: 'send',
      notes: [],
      request: upsert,
    });
    expect(res.body.draft).toMatchObject({ mappingVersion: null, decision: 'send', notes: [] });
    expect(res.body.draft.body).toEqual({
      products: [
        {
          ...CURRENT_PRODUCT,
          name: 'T-shirt – Red',
          price: 12,
          customFields: { TaxCode: 'T20' },
        },
      ],
    });
  });

  it('says why a product would not be written, or goes without a price or a transform', async () => {
    const off = await post('/preview', {
      entity: 'product',
      id: 'TEE-RED-M',
      draft: withProduct({}, { products: 'kentico' }),
    }).expect(200);
    expect(off.body.draft).toMatchObject({ decision: 'skip', body: null });
    expect(off.body.draft.notes).toEqual([
      'Brightpearl owns products: off (catalog.products is "kentico") — catalog sync would not write this product',
    ]);
    const otherList = { ...MAPPING.brightpearl, priceListId: 2 };
    const failing = await post('/preview', {
      entity: 'product',
      id: 'TEE-RED-M',
      draft: { ...withProduct({ price: '"free"' }), brightpearl: otherList },
    }).expect(200);
    expect(failing.body.draft.body.products[0]).toEqual({ ...CURRENT_PRODUCT, price: null });
    expect(failing.body.draft.notes).toEqual([
      expect.stringContaining('price list 2 was not read for this product yet'),
      expect.stringMatching(/^the Price transform \(price\) failed: .*untransformed$/),
    ]);
  });

  it('answers an unknown SKU with 404 and a malformed one with 400 naming the field', async () => {
    const unknown = await post('/preview', { entity: 'product', id: 'NO-SUCH-SKU' }).expect(404);
    expect(unknown.body.error).toContain(
      'catalog sync has not read a product with SKU "NO-SUCH-SKU"',
    );
    const blank = await post('/preview', { entity: 'product', id: '   ' }).expect(400);
    expect(blank.body.field).toBe('id');
    const long = await post('/preview', { entity: 'product', id: 'S'.repeat(150) }).expect(400);
    expect(long.body.field).toBe('id');
  });

  it('tests a product expression on the product catalog sync read', async () => {
    const named = await post('/transforms/test', {
      entity: 'product',
      key: 'name',
      expression: 'sku & ": " & name & " @ " & $string(price)',
      sampleId: 'TEE-RED-M',
    }).expect(200);
    expect(named.body).toEqual({ ok: true, value: 'TEE-RED-M: T-shirt @ 10' });
    const newest = await post('/transforms/test', {
      entity: 'product',
      key: 'name',
      expression: 'currencyCode',
    }).expect(200);
    expect(newest.body).toEqual({ ok: true, value: 'GBP' });
    await post('/transforms/test', {
      entity: 'product',
      key: 'name',
      expression: 'name',
      sampleId: 'NO-SUCH-SKU',
    }).expect(404);
  });
});
