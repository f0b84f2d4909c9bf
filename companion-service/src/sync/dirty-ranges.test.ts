import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { claimDirty, countDirty, MARK_CHUNK_IDS, markDirtyRanges } from './dirty-records';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

describe.each(testBackends(POSTGRES_URL))('markDirtyRanges on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());

  it('marks every id of ranges that span several chunks, once each', async () => {
    const to = 3 + 2 * MARK_CHUNK_IDS;
    await markDirtyRanges(store, 'stock', [
      { from: 1, to },
      { from: to + 10, to: to + 10 },
    ]);
    expect(await countDirty(store, 'stock')).toBe(to + 1);
    const [row] = await store.query<{ lo: string; hi: string }>(
      `SELECT min(record_id) AS lo, max(record_id) AS hi FROM dirty_records WHERE kind = 'stock'`,
    );
    expect([Number(row!.lo), Number(row!.hi)]).toEqual([1, to + 10]);
  });

  it('re-marking a claimed id clears its claim, as markDirty does', async () => {
    await markDirtyRanges(store, 'catalog', [{ from: 7, to: 8 }]);
    const first = await claimDirty(store, { kind: 'catalog', limit: 10 });
    expect(first.ids).toEqual([7, 8]);
    await markDirtyRanges(store, 'catalog', [{ from: 8, to: 8 }]);
    expect((await claimDirty(store, { kind: 'catalog', limit: 10 })).ids).toEqual([8]);
  });
});
