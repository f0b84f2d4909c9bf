import type { AddressInfo } from 'node:net';

import express from 'express';
import request from 'supertest';

import {
  CATALOG_PATHS,
  KenticoEvent,
  KenticoProduct,
  ProductUpsertResult,
  type CatalogProduct,
} from '@bpkc/shared-types';

import { signedBridgeHeaders } from './bridge-signing';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

const SECRET = 'product-secret';
const BASE = '/bpconnect/v1';

const catalogProduct = (n: number, overrides: Partial<CatalogProduct> = {}): CatalogProduct => ({
  sku: `SKU-${n}`,
  name: `Product ${n}`,
  productGroupId: 100 + Math.floor(n / 2),
  variations: [{ option: 'Size', value: n % 2 ? 'S' : 'M' }],
  price: n + 0.99,
  currencyCode: 'GBP',
  status: 'LIVE',
  brightpearlProductId: 1000 + n,
  ...overrides,
});

/** Stand-in for the companion's intake: just collects what arrives. */
async function startReceiver() {
  const received: KenticoEvent[] = [];
  const app = express();
  app.post('/events', express.json(), (req, res) => {
    received.push(KenticoEvent.parse(req.body));
    res.status(202).end();
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${port}/events`, received, close };
}

describe('product endpoints', () => {
  let sim: KenticoSimulator;
  const call = (method: 'get' | 'put', path: string, body?: unknown) => {
    const raw = body === undefined ? undefined : JSON.stringify(body);
    const headers = signedBridgeHeaders(SECRET, { method, path, body: raw });
    const req = request(sim.app)
      [method](BASE + path)
      .set(headers);
    return raw === undefined ? req : req.set('content-type', 'application/json').send(raw);
  };
  const upsert = async (products: CatalogProduct[]) =>
    ProductUpsertResult.parse((await call('put', '/products', { products }).expect(200)).body);

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: SECRET });
  });
  afterEach(() => sim.close());

  it('upserts by SKU idempotently and never duplicates a SKU', async () => {
    const batch = Array.from({ length: 200 }, (_, i) => catalogProduct(i + 1));
    expect(await upsert(batch)).toEqual({ created: 200, updated: 0, unchanged: 0 });
    // Same content with keys in another order: still the same product.
    const reordered = batch.map((p) => Object.fromEntries(Object.entries(p).reverse()));
    expect(await upsert(reordered as CatalogProduct[])).toEqual({
      created: 0,
      updated: 0,
      unchanged: 200,
    });
    const changed = [catalogProduct(7, { price: 1 }), catalogProduct(7, { price: 1 })];
    expect(await upsert(changed)).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(sim.listProducts()).toHaveLength(200);
    expect(sim.getProduct('SKU-7')).toMatchObject({ price: 1, authoredIn: 'brightpearl' });
    const page = await call('get', '/products?limit=50&offset=190').expect(200);
    expect(page.body.total).toBe(200);
    expect(page.body.products.map((p: CatalogProduct) => p.sku)).toEqual(
      Array.from({ length: 10 }, (_, i) => `SKU-${191 + i}`),
    );
    expect(page.body.products[0]).toEqual(catalogProduct(191));
  });

  it('serves a product by URL-encoded SKU and by GUID, 404 when unknown', async () => {
    await upsert([catalogProduct(1, { sku: 'A/B 1?' })]);
    const res = await call('get', CATALOG_PATHS.product('A/B 1?')).expect(200);
    expect(KenticoProduct.parse(res.body)).toEqual({
      sku: 'A/B 1?',
      name: 'Product 1',
      price: 1.99,
      taxRate: 20,
      stockTracked: true,
      brightpearlProductId: 1001,
    });
    const guid = sim.getProduct('A/B 1?')?.productGuid ?? '';
    const byGuid = await call('get', `/products/by-guid/${guid.toUpperCase()}`).expect(200);
    expect(byGuid.body).toEqual(res.body);
    expect(sim.requestLog.count('GET /products/:sku')).toBe(1);
    expect(sim.requestLog.count('GET /products/by-guid/:guid')).toBe(1);
    await call('get', CATALOG_PATHS.product('nope')).expect(404);
    await call('get', '/products/by-guid/00000000-0000-0000-0000-000000000000').expect(404);
  });

  it('creates a Kentico-authored product, announces it by GUID and keeps its authorship', async () => {
    const receiver = await startReceiver();
    sim.setCompanionEventsUrl(receiver.url);
    const input = { sku: 'K-1', name: 'Local', price: 9.5, taxRate: 5, stockTracked: false };
    const created = sim.createKenticoProduct(input);
    await sim.whenIdle();
    await receiver.close();
    expect(receiver.received).toEqual([
      expect.objectContaining({ type: 'product.updated', objectGuid: created.productGuid }),
    ]);
    const res = await call('get', `/products/by-guid/${created.productGuid}`).expect(200);
    expect(res.body).toEqual({ ...input, brightpearlProductId: null });
    expect(() => sim.createKenticoProduct(input)).toThrow(/already exists/);
    // The companion created it in Brightpearl and writes the id back through the import.
    const linked = catalogProduct(1, { sku: 'K-1', name: 'Local', brightpearlProductId: 555 });
    expect(await upsert([linked])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(sim.getProduct('K-1')).toMatchObject({
      authoredIn: 'kentico',
      brightpearlProductId: 555,
      taxRate: 5,
      stockTracked: false,
      productGuid: created.productGuid,
    });
  });

  it('answers 400 naming the field', async () => {
    const badCurrency = [catalogProduct(1), catalogProduct(2, { currencyCode: 'GB' })];
    const tooMany = Array.from({ length: 201 }, (_, i) => catalogProduct(i));
    const cases: Array<[CatalogProduct[], string]> = [
      [badCurrency, 'products.1.currencyCode'],
      [[], 'products'],
      [tooMany, 'products'],
    ];
    for (const [products, field] of cases) {
      const res = await call('put', '/products', { products });
      expect([res.status, res.body.field]).toEqual([400, field]);
    }
    expect((await call('get', '/products?limit=0')).body).toMatchObject({ field: 'limit' });
    expect((await call('get', '/products/by-guid/nope')).body).toMatchObject({ field: 'guid' });
    expect(sim.listProducts()).toEqual([]);
  });
});
