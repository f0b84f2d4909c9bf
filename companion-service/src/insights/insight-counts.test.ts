import type { StockLevel } from '@bpkc/shared-types';

import type { KenticoBridgeClient } from '../kentico';
import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { writeLevels } from '../sync/stock/stock-writer';
import { countStockPushes } from './insight-counts';
import { readInsights } from './read-insights';
import { rollUp } from './rollup';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

/** A Kentico that accepts every SKU but those it is told it has no product for. */
const kentico = (unknownSkus: string[] = []) =>
  ({
    writeStock: (levels: StockLevel[]) =>
      Promise.resolve({
        updated: levels.length,
        unchanged: 0,
        unknownSkus: levels.map((l) => l.sku).filter((sku) => unknownSkus.includes(sku)),
      }),
  }) as unknown as KenticoBridgeClient;

const levels = (count: number, prefix = 'SKU') =>
  Array.from({ length: count }, (_, i) => ({ sku: `${prefix}-${i}`, available: i }));

describe.each(testBackends(POSTGRES_URL))(
  'stock pushes counted as they happen ($name)',
  (backend) => {
    let handle: TestStore;
    let store: Store;

    beforeEach(async () => {
      handle = await openTestStore(backend, logger);
      store = handle.store;
      await migrate(store, logger);
    });
    afterEach(() => handle.dispose());

    const charted = async () => {
      await rollUp(store, { includePartial: true });
      return (await readInsights(store, { range: '24h' })).totals.stockPushes;
    };
    const write = (count: number, prefix: string, unknown: string[] = []) =>
      writeLevels(
        { db: store, kentico: kentico(unknown) },
        { levels: levels(count, prefix), pendingAsOf: '1' },
      );

    it('charts N pushes as N, over several batches, the same SKU pushed again included', async () => {
      await write(1_234, 'A'); // three batches of at most 500
      await write(7, 'A'); // the same SKUs again: seven more pushes, not "seven SKUs"
      expect(await charted()).toBe(1_241);
    });

    it('leaves out the SKUs Kentico has no product for (they were not pushed)', async () => {
      const { written } = await write(10, 'B', ['B-2', 'B-5']);
      expect(written).toBe(8);
      expect(await charted()).toBe(8);
    });

    it('loses none of many writers adding at once (instances share one row)', async () => {
      await Promise.all(Array.from({ length: 20 }, () => countStockPushes(store, 3)));
      expect(await charted()).toBe(60);
    });

    it('reads without writing: GET /insights under view permission changes no row', async () => {
      await write(5, 'C');
      await rollUp(store, { includePartial: true });
      await write(4, 'C'); // counted, not rolled up yet
      const snapshot = () =>
        store.query(
          `SELECT grain, series, bucket_start, label, writer, value FROM insight_buckets
         UNION ALL SELECT 'mark', grain, closed_until, '', '', 0 FROM insight_rollup_marks
         ORDER BY 1, 2, 3`,
        );
      const before = await snapshot();

      const read = await readInsights(store, { range: '24h' });

      expect(await snapshot()).toEqual(before);
      expect(read.totals.stockPushes).toBe(5); // the roll-up's view, at most one tick old
    });
  },
);
