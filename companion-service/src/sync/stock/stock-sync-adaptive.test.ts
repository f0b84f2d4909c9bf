import { setTimeout as sleep } from 'node:timers/promises';

import type { MappingConfig, StockLevel } from '@bpkc/shared-types';

import {
  type AvailabilityResult,
  type BrightpearlClient,
  type BudgetStats,
  type CallOptions,
  PRIORITY,
} from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import { migrate, openStore, type Store } from '../../store';
import { markDirty } from '../dirty-records';
import { bindProducts } from '../product-bindings';
import { runStockSync } from './stock-sync-job';

const logger = createSilentLogger();
const PRODUCTS = Array.from({ length: 20 }, (_, i) => 101 + i);
const mapping = { brightpearl: { warehouseId: 1 }, stock: {} } as unknown as MappingConfig;

/** A Brightpearl whose budget looks `view`, counting availability reads and their priority. */
function fakeBrightpearl(view: Pick<BudgetStats, 'allowance' | 'inWindow' | 'queued'>) {
  const reads: Array<{ ids: number[]; priority: number | undefined }> = [];
  const client = {
    stats: () => ({ ...view }) as BudgetStats,
    getAvailability: (ids: number[], call?: CallOptions): Promise<AvailabilityResult> => {
      reads.push({ ids, priority: call?.priority });
      const figures = { onHand: 7, allocated: 0, inStock: 7 };
      const availability = new Map(
        ids.map((id) => [id, { total: figures, warehouses: new Map([[1, figures]]) }]),
      );
      return Promise.resolve({ availability, missingProductIds: [] });
    },
  };
  return { client: client as unknown as BrightpearlClient, reads };
}

function fakeKentico() {
  const written: StockLevel[] = [];
  const client = {
    getPendingOrders: () => Promise.resolve({ asOf: new Date().toISOString(), orders: [] }),
    writeStock: (levels: StockLevel[]) => {
      written.push(...levels);
      return Promise.resolve({ unknownSkus: [] });
    },
  };
  return { client: client as unknown as KenticoBridgeClient, written };
}

describe('stock job: the coalescing window follows the budget', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
    await bindProducts(
      store,
      PRODUCTS.map((productId) => ({ productId, sku: `SKU-${productId}` })),
    );
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await store.query(`DELETE FROM dirty_records`);
    await store.query(`DELETE FROM stock_levels`);
  });

  it('tight budget: twenty changes over two seconds share a few reads, none lost', async () => {
    const brightpearl = fakeBrightpearl({ allowance: 160, inWindow: 160, queued: 4 });
    const kentico = fakeKentico();
    const deps = { db: store, logger, mapping, brightpearl: brightpearl.client };
    const jobs: Array<Promise<unknown>> = [];
    // As intake does: each change is marked and gets a job of its own.
    for (const productId of PRODUCTS) {
      await markDirty(store, 'stock', [productId]);
      jobs.push(
        runStockSync({ ...deps, kentico: kentico.client, coalesceMs: 50, coalesceMaxMs: 1_500 }),
      );
      await sleep(100);
    }
    await Promise.all(jobs);

    // One read per window of 1.5 s: 2 s of changes make two windows.
    expect(brightpearl.reads.length).toBeLessThanOrEqual(2);
    expect(brightpearl.reads.flatMap((read) => read.ids).sort()).toEqual(PRODUCTS);
    expect(brightpearl.reads.every((read) => read.priority === PRIORITY.stock)).toBe(true);
    expect(kentico.written.map((level) => level.available)).toEqual(PRODUCTS.map(() => 7));
  });

  it('idle budget: the same changes are read almost one by one (latency first)', async () => {
    const brightpearl = fakeBrightpearl({ allowance: 160, inWindow: 3, queued: 0 });
    const kentico = fakeKentico();
    const deps = { db: store, logger, mapping, brightpearl: brightpearl.client };
    const jobs: Array<Promise<unknown>> = [];
    for (const productId of PRODUCTS.slice(0, 6)) {
      await markDirty(store, 'stock', [productId]);
      jobs.push(
        runStockSync({ ...deps, kentico: kentico.client, coalesceMs: 50, coalesceMaxMs: 1_500 }),
      );
      await sleep(300);
    }
    await Promise.all(jobs);

    // Changes 300 ms apart, a 50 ms window: each change is its own read.
    expect(brightpearl.reads.map((read) => read.ids)).toEqual(
      PRODUCTS.slice(0, 6).map((id) => [id]),
    );
  });

  it('idle budget: a single change waits no longer than the minimum window', async () => {
    const brightpearl = fakeBrightpearl({ allowance: 160, inWindow: 0, queued: 0 });
    const kentico = fakeKentico();
    const waits: number[] = [];
    await markDirty(store, 'stock', [PRODUCTS[0]!]);
    await runStockSync({
      db: store,
      logger,
      mapping,
      brightpearl: brightpearl.client,
      kentico: kentico.client,
      coalesceMs: 250,
      coalesceMaxMs: 3_000,
      wait: (ms) => {
        waits.push(ms);
        return sleep(ms);
      },
    });

    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(250);
    expect(brightpearl.reads.map((read) => read.ids)).toEqual([[PRODUCTS[0]]]);
  });

  it('tight budget: a single change waits up to the maximum window, then is read', async () => {
    const brightpearl = fakeBrightpearl({ allowance: 160, inWindow: 150, queued: 0 });
    const kentico = fakeKentico();
    const waits: number[] = [];
    await markDirty(store, 'stock', [PRODUCTS[0]!]);
    await runStockSync({
      db: store,
      logger,
      mapping,
      brightpearl: brightpearl.client,
      kentico: kentico.client,
      coalesceMs: 250,
      coalesceMaxMs: 1_000,
      wait: (ms) => {
        waits.push(ms);
        return sleep(ms);
      },
    });

    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(750);
    expect(waits[0]).toBeLessThanOrEqual(1_000);
    expect(kentico.written).toEqual([{ sku: `SKU-${PRODUCTS[0]}`, available: 7 }]);
  });
});
