import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { claimDirty, type DirtyKind, markDirty } from './dirty-records';
import { drainDirty, RecordsWaitingError } from './drain-dirty';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const KINDS: DirtyKind[] = ['stock', 'catalog', 'shipment', 'order-status'];

describe.each(testBackends(POSTGRES_URL))('dirty-records drain on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());
  beforeEach(() => store.query(`DELETE FROM dirty_records`));

  const dirty = async (kind: DirtyKind) =>
    store.query<{ record_id: number; claim: string | null }>(
      `SELECT record_id::int AS record_id, claim FROM dirty_records WHERE kind = $1 ORDER BY record_id`,
      [kind],
    );
  const drain = (kind: DirtyKind, handleIds: (ids: number[]) => Promise<unknown>) =>
    drainDirty(store, {
      kind,
      roundSize: 100,
      coalesceMs: 0,
      handle: async (ids) => void (await handleIds(ids)),
    });

  it.each(KINDS)(
    '%s: a throwing handler gives its ids back and the error is rethrown',
    async (kind) => {
      await markDirty(store, kind, [3, 1, 2]);
      const outage = new Error('Kentico answered 503');

      await expect(drain(kind, () => Promise.reject(outage))).rejects.toBe(outage);
      expect(await dirty(kind)).toEqual([
        { record_id: 1, claim: null },
        { record_id: 2, claim: null },
        { record_id: 3, claim: null },
      ]);

      // The retry sees every id again, handles them, and then nothing is left.
      const seen: number[][] = [];
      await expect(drain(kind, async (ids) => seen.push(ids))).resolves.toEqual({ handled: 3 });
      expect(seen).toEqual([[1, 2, 3]]);
      expect(await dirty(kind)).toEqual([]);
    },
  );

  it('keeps an id re-marked while its failing round ran (once, unclaimed)', async () => {
    await markDirty(store, 'shipment', [10, 11]);
    await expect(
      drain('shipment', async () => {
        await markDirty(store, 'shipment', [11, 12]);
        throw new Error('Kentico answered 503');
      }),
    ).rejects.toThrow('503');
    expect(await dirty('shipment')).toEqual([
      { record_id: 10, claim: null },
      { record_id: 11, claim: null },
      { record_id: 12, claim: null },
    ]);
  });

  it('keeps an id re-marked while its successful round ran, and fails so the job retries', async () => {
    await markDirty(store, 'stock', [5, 6]);
    await expect(
      drain('stock', async () => {
        await markDirty(store, 'stock', [6]);
      }),
    ).resolves.toEqual({ handled: 2 });
    // 6 changed again mid-round: it is still dirty for the next job, 5 is done.
    expect(await dirty('stock')).toEqual([{ record_id: 6, claim: null }]);

    const waiting = drainDirty(store, {
      kind: 'stock',
      roundSize: 100,
      coalesceMs: 0,
      handle: async (ids) => (await markDirty(store, 'stock', ids), { waiting: ids.length }),
    });
    await expect(waiting).rejects.toBeInstanceOf(RecordsWaitingError);
    expect(await dirty('stock')).toEqual([{ record_id: 6, claim: null }]);
  });

  it('leaves ids another job claimed alone and gives back only its own round', async () => {
    await markDirty(store, 'catalog', [1, 2]);
    const other = await claimDirty(store, { kind: 'catalog', limit: 1 });
    await expect(drain('catalog', () => Promise.reject(new Error('down')))).rejects.toThrow();
    expect(await dirty('catalog')).toEqual([
      { record_id: 1, claim: other.claim },
      { record_id: 2, claim: null },
    ]);
  });
});
