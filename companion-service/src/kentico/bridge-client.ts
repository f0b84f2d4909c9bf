import {
  BRIDGE_PATHS,
  CATALOG_PATHS,
  type CatalogProduct,
  KenticoOrder,
  KenticoProduct,
  ModifiedOrdersPage,
  PendingOrders,
  ProductUpsertResult,
  STOCK_PATHS,
  type StockLevel,
  StockReadResult,
  StockWriteResult,
} from '@bpkc/shared-types';

import { createCatchUpClient, type KenticoCatchUpClient } from './bridge-catch-up';
import { createBridgeHttp, parseBridgeBody } from './bridge-http';
import { createLifecycleClient, type KenticoLifecycleClient } from './bridge-lifecycle';
import { createLookupsClient, type KenticoLookupsClient } from './bridge-lookups';

export interface KenticoBridgeClient
  extends KenticoLifecycleClient, KenticoLookupsClient, KenticoCatchUpClient {
  getOrder(orderGuid: string): Promise<KenticoOrder>;
  listModifiedOrders(modifiedSince: string, limit?: number): Promise<ModifiedOrdersPage>;
  setBrightpearlOrderId(orderGuid: string, brightpearlOrderId: number): Promise<void>;
  getPendingOrders(): Promise<PendingOrders>;
  readStock(skus: string[]): Promise<StockLevel[]>;
  writeStock(levels: StockLevel[], pendingAsOf?: string): Promise<StockWriteResult>;
  upsertProducts(products: CatalogProduct[]): Promise<ProductUpsertResult>;
  getProductByGuid(productGuid: string): Promise<KenticoProduct>;
}

/** Calls the bridge endpoints the Kentico extension serves, HMAC-signed like the events. */
export function createKenticoBridgeClient(
  options: Parameters<typeof createBridgeHttp>[0],
): KenticoBridgeClient {
  const http = createBridgeHttp(options);
  const { call } = http;
  return {
    ...createLifecycleClient(http),
    ...createLookupsClient(http),
    ...createCatchUpClient(http),
    async getOrder(orderGuid) {
      const what = `order ${orderGuid}`;
      return parseBridgeBody(
        KenticoOrder,
        await call({ method: 'GET', path: BRIDGE_PATHS.order(orderGuid), what }),
        what,
      );
    },
    async listModifiedOrders(modifiedSince, limit = 100) {
      const query = new URLSearchParams({ modifiedSince, limit: String(limit) });
      const path = `${BRIDGE_PATHS.modifiedOrders}?${query}`;
      return parseBridgeBody(
        ModifiedOrdersPage,
        await call({ method: 'GET', path, what: 'modified orders' }),
        'modified orders',
      );
    },
    async setBrightpearlOrderId(orderGuid, brightpearlOrderId) {
      const body = { brightpearlOrderId, syncedAt: new Date().toISOString() };
      await call({
        method: 'PUT',
        path: BRIDGE_PATHS.brightpearlOrderId(orderGuid),
        body,
        what: `order ${orderGuid}`,
      });
    },
    async getPendingOrders() {
      const raw = await call({
        method: 'GET',
        path: STOCK_PATHS.pendingOrders,
        what: 'pending orders',
      });
      return parseBridgeBody(PendingOrders, raw, 'pending orders');
    },
    async readStock(skus) {
      // Commas separate SKUs; a comma inside a SKU is percent-encoded (URLSearchParams would
      // encode the separators too).
      const path = `${STOCK_PATHS.levels}?skus=${skus.map(encodeURIComponent).join(',')}`;
      return parseBridgeBody(
        StockReadResult,
        await call({ method: 'GET', path, what: 'stock' }),
        'stock',
      ).levels;
    },
    async writeStock(levels, pendingAsOf) {
      const raw = await call({
        method: 'PUT',
        path: STOCK_PATHS.levels,
        body: { levels, pendingAsOf },
        what: 'stock write',
      });
      return parseBridgeBody(StockWriteResult, raw, 'stock write');
    },
    async upsertProducts(products) {
      const raw = await call({
        method: 'PUT',
        path: CATALOG_PATHS.products,
        body: { products },
        what: 'product upsert',
      });
      return parseBridgeBody(ProductUpsertResult, raw, 'product upsert');
    },
    async getProductByGuid(productGuid) {
      const path = `${CATALOG_PATHS.products}/by-guid/${encodeURIComponent(productGuid)}`;
      const what = `product ${productGuid}`;
      return parseBridgeBody(KenticoProduct, await call({ method: 'GET', path, what }), what);
    },
  };
}
