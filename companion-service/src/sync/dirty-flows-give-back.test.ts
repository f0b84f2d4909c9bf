import type { MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../brightpearl';
import type { KenticoBridgeClient } from '../kentico';
import { createSilentLogger } from '../observability/logger';
import type { JobQueue } from '../queue';
import { migrate, openStore, type Store } from '../store';
import { runCatalogSync } from './catalog/catalog-sync-job';
import { markDirty } from './dirty-records';
import { bindProducts } from './product-bindings';
import { runStockSync } from './stock/stock-sync-job';

const logger = createSilentLogger();
const outage = () => Promise.reject(new Error('503 Service Unavailable'));

/** Stock and catalog jobs drain through the shared drain: a failed run loses no product. */
describe('stock and catalog jobs give their products back when they fail', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    await bindProducts(store, [
      { productId: 1, sku: 'A' },
      { productId: 2, sku: 'B' },
    ]);
  });
  afterAll(() => store.close());

  const unclaimed = async (kind: string) =>
    (
      await store.query<{ id: number }>(
        `SELECT record_id::int AS id FROM dirty_records WHERE kind = $1 AND claim IS NULL ORDER BY 1`,
        [kind],
      )
    ).map((row) => row.id);

  it('stock: a Kentico outage leaves the products dirty, so the retry pushes them', async () => {
    await markDirty(store, 'stock', [1, 2]);
    const failing = {
      db: store,
      logger,
      coalesceMs: 0,
      mapping: { brightpearl: { warehouseId: 1 }, stock: {} } as unknown as MappingConfig,
      brightpearl: {} as BrightpearlClient,
      kentico: { getPendingOrders: outage } as unknown as KenticoBridgeClient,
    };
    await expect(runStockSync(failing)).rejects.toThrow('503');
    expect(await unclaimed('stock')).toEqual([1, 2]);
  });

  it('catalog: a Brightpearl outage leaves the products dirty, so the retry syncs them', async () => {
    await markDirty(store, 'catalog', [1, 2]);
    const failing = {
      db: store,
      coalesceMs: 0,
      queue: {} as JobQueue,
      mapping: {} as MappingConfig,
      brightpearl: { getProducts: outage } as unknown as BrightpearlClient,
      kentico: {} as KenticoBridgeClient,
    };
    await expect(runCatalogSync(failing, { trigger: 'webhook' })).rejects.toThrow('503');
    expect(await unclaimed('catalog')).toEqual([1, 2]);
  });
});
