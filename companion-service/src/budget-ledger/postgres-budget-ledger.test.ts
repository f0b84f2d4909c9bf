import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger } from '../observability/logger';
import { migrate } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { createPostgresBudgetLedger, type PostgresLedgerOptions } from './postgres-budget-ledger';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

// The ledger serves instances on one Postgres; its SQL runs on PGlite too, so the logic is
// checked on both (the three-instance run against the simulator is test/e2e/shared-budget).
describe.each(testBackends(POSTGRES_URL))('the send ledger on $name', (backend) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await openTestStore(backend, logger);
    await migrate(test.store, logger);
  });
  beforeEach(() => test.store.query('DELETE FROM brightpearl_send_ledger'));
  afterAll(() => test.dispose());

  const ledger = (options: Partial<PostgresLedgerOptions> = {}) =>
    createPostgresBudgetLedger(test.store, { windowMs: 60_000, instanceId: 'i1', ...options });
  const rows = async () =>
    (
      await test.store.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM brightpearl_send_ledger',
      )
    )[0]?.n;

  it('shares the largest cap any instance learned, granted or refused', async () => {
    await test.store.query('UPDATE brightpearl_budget_lock SET learned_cap = NULL');
    const early = ledger({ instanceId: 'early' });
    const late = ledger({ instanceId: 'late' });
    // Before anyone learned a cap there is none to share.
    expect((await late.claim({ limit: 5, priority: 3 })).clusterCap).toBeUndefined();
    // The instance that saw the window empty learned 200; the one that came later only 42.
    expect((await early.claim({ limit: 5, priority: 3, learnedCap: 200 })).clusterCap).toBe(200);
    expect(await late.claim({ limit: 5, priority: 3, learnedCap: 42 })).toMatchObject({
      clusterCap: 200,
    });
    const refused = await late.claim({ limit: 1, priority: 3 });
    expect(refused).toMatchObject({ granted: false, clusterCap: 200 });
  });

  it('grants up to the limit; a refusal says when the window can take one more', async () => {
    const one = ledger();
    const first = await one.claim({ limit: 2, priority: 3 });
    const second = await one.claim({ limit: 2, priority: 3 });
    expect([first.granted, second.granted]).toEqual([true, true]);
    expect(second.inWindow).toBe(2);
    const refused = await one.claim({ limit: 2, priority: 3 });
    expect(refused).toMatchObject({ granted: false, inWindow: 2 });
    // Both still unanswered: neither can leave before a whole window from now.
    if (refused.granted) throw new Error('refused');
    expect(refused.retryInMs).toBeGreaterThan(59_000);
    expect(refused.retryInMs).toBeLessThanOrEqual(60_000);
    expect(one.inWindow()).toBe(2);
  });

  it('an answered request leaves the window a window after its answer', async () => {
    const one = ledger({ windowMs: 300 });
    const claim = await one.claim({ limit: 1, priority: 1 });
    if (!claim.granted) throw new Error('granted');
    await one.finish(claim.ticket);
    const refused = await one.claim({ limit: 1, priority: 1 });
    if (refused.granted) throw new Error('refused');
    expect(refused.retryInMs).toBeLessThanOrEqual(300);
    await sleep(refused.retryInMs + 20);
    expect(await one.claim({ limit: 1, priority: 1 })).toMatchObject({ granted: true });
    expect(await rows()).toBe(1); // the old row was pruned by that claim
  });

  it('a cancelled claim stops counting at once', async () => {
    const one = ledger();
    const claim = await one.claim({ limit: 1, priority: 5 });
    if (!claim.granted) throw new Error('granted');
    await one.cancel(claim.ticket);
    expect(await one.claim({ limit: 1, priority: 5 })).toMatchObject({ granted: true });
  });

  it("a crashed instance's unanswered claim stops counting after the stale bound", async () => {
    const crashed = ledger({ windowMs: 200, staleInFlightMs: 100, instanceId: 'gone' });
    expect(await crashed.claim({ limit: 1, priority: 3 })).toMatchObject({ granted: true });
    const live = ledger({ windowMs: 200, staleInFlightMs: 100 });
    const refused = await live.claim({ limit: 1, priority: 3 });
    if (refused.granted) throw new Error('refused');
    // Released + stale bound + window: no later than 300 ms after the claim.
    expect(refused.retryInMs).toBeLessThanOrEqual(300);
    await sleep(320);
    expect(await live.claim({ limit: 1, priority: 3 })).toMatchObject({ granted: true });
  });

  it('is contended (priorities keep bands) only while another instance has requests in the window', async () => {
    const [a, b] = ['a', 'b'].map((instanceId) => ledger({ instanceId }));
    if (!a || !b) throw new Error('two instances');
    await a.claim({ limit: 10, priority: 3 });
    await a.claim({ limit: 10, priority: 3 });
    expect(a.contended()).toBe(false); // alone: orders may fill the whole allowance
    await b.claim({ limit: 10, priority: 3 });
    expect(b.contended()).toBe(true);
    await a.claim({ limit: 10, priority: 3 });
    expect(a.contended()).toBe(true);
  });

  it('claims from several instances at once never grant more than the limit', async () => {
    const instances = ['a', 'b', 'c'].map((instanceId) => ledger({ instanceId }));
    const claims = await Promise.all(
      Array.from({ length: 30 }, (_, i) => instances[i % 3]!.claim({ limit: 10, priority: 3 })),
    );
    expect(claims.filter((claim) => claim.granted)).toHaveLength(10);
    expect(await rows()).toBe(10);
  });
});
