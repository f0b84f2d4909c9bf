import { Router } from 'express';
import { z } from 'zod';

import { MAX_STOCK_BATCH, STOCK_PATHS, StockLevel, type StockReadResult } from '@bpkc/shared-types';

import { readBody, sendError, sendInvalid } from './bridge-respond';
import { pendingOrders } from './pending-orders';
import { readSkuList } from './stock-query';
import { StockWriteRequest, writeStockLevels } from './stock-write';
import type { KenticoStore } from './store';

const StockReadQuery = z.object({
  skus: z.array(StockLevel.shape.sku).min(1).max(MAX_STOCK_BATCH),
});

/** STOCK_PATHS: batched reads and writes of the per-SKU stock rows, and unsynced orders. */
export function stockRoutes(store: KenticoStore): Router {
  const router = Router();

  router.put(STOCK_PATHS.levels, (req, res) => {
    const body = readBody(req, res, StockWriteRequest);
    if (body) res.json(writeStockLevels(store, body));
  });

  router.get(STOCK_PATHS.levels, (req, res) => {
    const raw = readSkuList(req.originalUrl);
    if (!raw.ok) return sendError(res, 400, { error: 'Malformed URL encoding', field: 'skus' });
    const query = StockReadQuery.safeParse({ skus: raw.skus });
    if (!query.success) return sendInvalid(res, query.error, 'skus');
    // Only SKUs with a product and a stock row; a duplicate in the request is answered once.
    const levels = [...new Set(query.data.skus)].flatMap((sku) => {
      const record = store.products.get(sku) && store.stock.get(sku);
      return record ? [{ sku, available: record.available }] : [];
    });
    const result: StockReadResult = { levels };
    res.json(result);
  });

  router.get(STOCK_PATHS.pendingOrders, (_req, res) => {
    res.json(pendingOrders(store.listOrders()));
  });

  return router;
}
