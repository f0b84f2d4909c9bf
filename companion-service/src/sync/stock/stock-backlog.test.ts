import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { claimDirty, dirtyBacklog, markDirty, markDirtyRanges } from '../dirty-records';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

/** What the adaptive stock window reads (ADR 0005): backlog size and the oldest waiting mark. */
describe.each(testBackends(POSTGRES_URL))('dirty backlog on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());
  beforeEach(() => store.query(`DELETE FROM dirty_records`));

  /** Moves every stock mark `seconds` into the past, as if it had waited that long. */
  const age = (seconds: number) =>
    store.query(
      `UPDATE dirty_records SET marked_at = marked_at - make_interval(secs => $1::int)
       WHERE kind = 'stock'`,
      [seconds],
    );

  it('is empty when nothing is dirty', async () => {
    expect(await dirtyBacklog(store, 'stock')).toEqual({ count: 0, oldestAgeMs: 0 });
  });

  it('counts the unclaimed ids of the kind and ages the oldest', async () => {
    await markDirty(store, 'stock', [1, 2, 3]);
    await markDirty(store, 'catalog', [4]);
    await age(5);

    const backlog = await dirtyBacklog(store, 'stock');
    expect(backlog.count).toBe(3);
    expect(backlog.oldestAgeMs).toBeGreaterThanOrEqual(5_000);
    expect(backlog.oldestAgeMs).toBeLessThan(60_000);
  });

  it('leaves claimed ids out (another job is reading them)', async () => {
    await markDirty(store, 'stock', [1, 2]);
    await age(5);
    await claimDirty(store, { kind: 'stock', limit: 1 });
    await markDirty(store, 'stock', [3]);

    const backlog = await dirtyBacklog(store, 'stock');
    expect(backlog.count).toBe(2);
    expect(backlog.oldestAgeMs).toBeGreaterThanOrEqual(5_000);
  });

  it('a re-mark of a waiting id keeps its oldest mark, so it cannot postpone its read', async () => {
    await markDirty(store, 'stock', [7]);
    await age(5);
    await markDirty(store, 'stock', [7]);
    await markDirtyRanges(store, 'stock', [{ from: 7, to: 7 }]);

    expect((await dirtyBacklog(store, 'stock')).oldestAgeMs).toBeGreaterThanOrEqual(5_000);
  });

  it('a re-mark of a claimed id is a new change: marked now, and waiting again', async () => {
    await markDirty(store, 'stock', [7]);
    await age(5);
    await claimDirty(store, { kind: 'stock', limit: 10 });
    await markDirty(store, 'stock', [7]);

    const backlog = await dirtyBacklog(store, 'stock');
    expect(backlog.count).toBe(1);
    expect(backlog.oldestAgeMs).toBeLessThan(5_000);
  });
});
