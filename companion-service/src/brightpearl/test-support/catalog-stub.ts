import { parseIdSet } from '@bpkc/shared-types';
import type { Response, Router } from 'express';

import { createBrightpearlClient } from '../client';
import type { BrightpearlClient } from '../types';
import { startStub } from './stub-server';
import type { Stub } from './stub-server';
import { VARIANT_PRODUCT, RECORDED_PRICES, RECORDED_PRODUCT } from './recorded-products';

/** What the catalog stub knows; tests change it, it is reset before each test. */
export interface CatalogState {
  /** Ids that make an availability request fail with 400 (reference §7.5). */
  badIds: Set<number>;
  /** Every availability request fails with 400, whatever the ids. */
  rejectAll: boolean;
  webhooks: Array<Record<string, unknown> & { id: number }>;
  nextWebhookId: number;
}

const notFound = (res: Response, message: string) =>
  res.status(404).json({ errors: [{ code: 'CMNC-404', message }] });

/** Availability as recorded: stock-tracked products only, inStock = onHand + allocated. */
function availabilityOf(id: number) {
  const figures = { onHand: id % 50, allocated: 1, inStock: (id % 50) + 1, inTransit: 0 };
  return { total: figures, warehouses: { '2': figures } };
}

function warehouseRoutes(router: Router, state: CatalogState): void {
  router.get('/warehouse-service/product-availability/:idSet', (req, res) => {
    const ids = parseIdSet(String(req.params.idSet), 100_000);
    if (state.rejectAll || ids.some((id) => state.badIds.has(id))) {
      res.status(400).json({ errors: [{ code: 'WHSC-001', message: 'Invalid product id' }] });
      return;
    }
    // Every 7th product is not stock tracked, so Brightpearl leaves it out of the answer.
    const tracked = ids.filter((id) => id % 7 !== 0);
    res.json({ response: Object.fromEntries(tracked.map((id) => [id, availabilityOf(id)])) });
  });
}

function productRoutes(router: Router): void {
  const known = new Map<number, unknown>([RECORDED_PRODUCT, VARIANT_PRODUCT].map((p) => [p.id, p]));
  router.get('/product-service/product/:idSet', (req, res) => {
    const ids = parseIdSet(String(req.params.idSet));
    const found = ids.flatMap((id): unknown[] => {
      const product = known.get(id);
      if (product) return [product];
      // Ids 2000–2999 exist, with a made-up record, so chunking can be exercised.
      return id >= 2000 && id < 3000
        ? [{ ...RECORDED_PRODUCT, id, identity: { sku: `S${id}` } }]
        : [];
    });
    if (found.length === 0) return void notFound(res, 'No Products Found');
    res.json({ response: found });
  });
  router.post('/product-service/product', (_req, res) => res.json({ response: 1579 }));
  router.get('/product-service/product-price/:idSet/price-list/:listId', (req, res) => {
    const ids = parseIdSet(String(req.params.idSet));
    const found = RECORDED_PRICES.filter((price) => ids.includes(price.productId));
    if (found.length === 0) return void notFound(res, 'No Product Prices Found');
    // Brightpearl narrows priceLists to the requested list.
    const listId = Number(req.params.listId);
    const narrowed = found.map((price) => ({
      ...price,
      priceLists: price.priceLists.filter((list) => list.priceListId === listId),
    }));
    res.json({ response: narrowed });
  });
  router.put('/product-service/product-price/:id/price-list', (_req, res) => res.json({}));
}

function webhookRoutes(router: Router, state: CatalogState): void {
  router.get('/integration-service/webhook', (_req, res) => {
    if (state.webhooks.length === 0) return void notFound(res, 'No webhooks available in ID Set *');
    res.json({ response: state.webhooks });
  });
  router.post('/integration-service/webhook', (req, res) => {
    const id = state.nextWebhookId++;
    state.webhooks.push({ ...(req.body as Record<string, unknown>), id });
    res.json({ response: id });
  });
  router.delete('/integration-service/webhook/:id', (req, res) => {
    const id = Number(req.params.id);
    const index = state.webhooks.findIndex((hook) => hook.id === id);
    if (index < 0) return void notFound(res, `Cannot find webhook: ${id}`);
    state.webhooks.splice(index, 1);
    res.json({});
  });
}

export interface CatalogFixture {
  stub: Stub;
  client: BrightpearlClient;
  state: CatalogState;
}

/** A stub with catalog, warehouse and webhook routes, and a fresh client for every test. */
export function useCatalogStub(): CatalogFixture {
  const fixture = { state: {} } as CatalogFixture;
  beforeAll(async () => {
    fixture.stub = await startStub(
      (router) => {
        warehouseRoutes(router, fixture.state);
        productRoutes(router);
        webhookRoutes(router, fixture.state);
      },
      { cap: { limit: 10_000, windowMs: 60_000 } },
    );
  });
  afterAll(() => fixture.stub.close());
  beforeEach(() => {
    fixture.stub.requests.splice(0);
    Object.assign(fixture.state, {
      badIds: new Set(),
      rejectAll: false,
      webhooks: [],
      nextWebhookId: 121,
    });
    fixture.client = createBrightpearlClient({
      baseUrl: fixture.stub.baseUrl,
      auth: { mode: 'account-token', appRef: 'app', accountToken: 'secret-token' },
      // Bisection tests spend well over one 200-request period; the budget is tested elsewhere.
      requestCap: 10_000,
    });
  });
  return fixture;
}
