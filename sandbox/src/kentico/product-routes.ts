import { Router } from 'express';
import { z } from 'zod';

import {
  CATALOG_PATHS,
  ProductUpsertBody,
  type CatalogProduct,
  type ProductUpsertResult,
} from '@bpkc/shared-types';

import { readBody, sendError, sendInvalid } from './bridge-respond';
import { toCatalogProduct, toKenticoProduct } from './product-store';
import type { KenticoStore } from './store';

/** GET /products paging; not part of the shared contract (tests count what arrived with it). */
const ProductListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export interface KenticoProductListPage {
  products: CatalogProduct[];
  /** All products, whatever the page. */
  total: number;
}

const ProductGuid = z.guid();

/** CATALOG_PATHS: the Brightpearl → Kentico import and the reads of single products. */
export function productRoutes(store: KenticoStore): Router {
  const router = Router();

  router.put(CATALOG_PATHS.products, (req, res) => {
    const body = readBody(req, res, ProductUpsertBody);
    if (!body) return;
    const result: ProductUpsertResult = { created: 0, updated: 0, unchanged: 0 };
    // Upserts only, no events: the extension does not announce its own bridge writes, or every
    // import would echo back to the companion as `product.updated`.
    for (const product of body.products) result[store.products.upsert(product)] += 1;
    res.json(result);
  });

  router.get(CATALOG_PATHS.products, (req, res) => {
    const query = ProductListQuery.safeParse(req.query);
    if (!query.success) return sendInvalid(res, query.error);
    const all = store.products.list();
    const { offset, limit } = query.data;
    const page: KenticoProductListPage = {
      products: all.slice(offset, offset + limit).map(toCatalogProduct),
      total: all.length,
    };
    res.json(page);
  });

  // Before '/products/:sku', which would otherwise take 'by-guid' for a SKU.
  router.get('/products/by-guid/:guid', (req, res) => {
    const guid = ProductGuid.safeParse(req.params.guid);
    if (!guid.success) return sendInvalid(res, guid.error, 'guid');
    const record = store.products.getByGuid(guid.data);
    if (!record) return sendError(res, 404, { error: `Product ${guid.data} not found` });
    res.json(toKenticoProduct(record));
  });

  // Express decodes the parameter, so CATALOG_PATHS.product()'s encodeURIComponent round-trips.
  router.get('/products/:sku', (req, res) => {
    const record = store.products.get(req.params.sku);
    if (!record) return sendError(res, 404, { error: `Product ${req.params.sku} not found` });
    res.json(toKenticoProduct(record));
  });

  return router;
}
