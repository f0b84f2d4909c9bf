import { setTimeout as sleep } from 'node:timers/promises';

import { createSilentLogger } from '../observability/logger';
import { migrate, type Db, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { createOrAdopt } from './create-or-adopt';
import {
  DEFAULT_LEASE_TTL_SECONDS,
  ifLeaseFree,
  LeaseLostError,
  releaseAllLeases,
  withLease,
} from './leases';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

async function until(probe: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

/** Renewals fail (the store is unreachable for them) while `cutOff.on` is set. */
function withRenewalsFailing(db: Db, cutOff: { on: boolean }): Db {
  return {
    query: (sql, params) =>
      cutOff.on && /^\s*UPDATE leases/.test(sql)
        ? Promise.reject(new Error('connection lost'))
        : db.query(sql, params),
    transaction: (work) => db.transaction(work),
  };
}

describe.each(testBackends(POSTGRES_URL))('record leases on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());

  it('keeps a long job its lease: renewals outlast the TTL many times over', async () => {
    let running = true;
    const holding = withLease(store, { key: 'order:long', ttlSeconds: 1 }, async (lease) => {
      await sleep(3_500);
      running = false;
      return lease.stillHeld();
    });
    const competitors: boolean[] = [];
    while (running) {
      const outcome = await ifLeaseFree(store, { key: 'order:long' }, async () => undefined);
      competitors.push(outcome.ran);
      await sleep(100);
    }
    expect(await holding).toBe(true);
    expect(competitors.length).toBeGreaterThan(5);
    expect(competitors).not.toContain(true);
  });

  it('frees a crashed holder’s lease within the short default TTL', async () => {
    // What a holder killed right after a renewal leaves behind.
    await store.query(
      `INSERT INTO leases (key, owner, lease_until)
       VALUES ('order:crashed', 'dead', now() + make_interval(secs => $1::int))`,
      [DEFAULT_LEASE_TTL_SECONDS],
    );
    expect(DEFAULT_LEASE_TTL_SECONDS).toBeLessThanOrEqual(15);
    const taken = await withLease(
      store,
      { key: 'order:crashed', waitMs: (DEFAULT_LEASE_TTL_SECONDS + 5) * 1000 },
      async () => 'taken',
    );
    expect(taken).toBe('taken');
  }, 30_000);

  it('a holder whose renewals fail stops acting as the holder: no create', async () => {
    const cutOff = { on: false };
    const db = withRenewalsFailing(store, cutOff);
    let creates = 0;
    const outcome = withLease(db, { key: 'order:stalled', ttlSeconds: 1 }, async (lease) => {
      cutOff.on = true;
      await until(() => !lease.stillHeld(), 5_000);
      return createOrAdopt({
        create: async () => (creates += 1),
        find: async () => undefined,
        what: 'order',
      });
    });
    await expect(outcome).rejects.toBeInstanceOf(LeaseLostError);
    await expect(outcome).rejects.toMatchObject({ retryable: true });
    expect(creates).toBe(0);
  });

  it('a holder whose lease was taken over learns it at its next renewal', async () => {
    let creates = 0;
    const outcome = withLease(store, { key: 'order:taken', ttlSeconds: 1 }, async (lease) => {
      // Another worker took the record (the row changed hands while this one stalled).
      await store.query(`UPDATE leases SET owner = 'other' WHERE key = 'order:taken'`);
      await until(() => !lease.stillHeld(), 5_000);
      return createOrAdopt({
        create: async () => (creates += 1),
        find: async () => undefined,
        what: 'order',
      });
    });
    await expect(outcome).rejects.toBeInstanceOf(LeaseLostError);
    expect(creates).toBe(0);
  });

  it('a nested lease is checked with its outer one', async () => {
    const outcome = withLease(store, { key: 'order:outer', ttlSeconds: 1 }, async (outer) => {
      await store.query(`UPDATE leases SET owner = 'other' WHERE key = 'order:outer'`);
      await until(() => !outer.stillHeld(), 5_000);
      return withLease(store, { key: 'contact:inner' }, () =>
        createOrAdopt({ create: async () => 1, find: async () => undefined, what: 'contact' }),
      );
    });
    await expect(outcome).rejects.toThrow('order:outer');
  });

  it('releaseAllLeases frees every record (PGlite restart)', async () => {
    await store.query(
      `INSERT INTO leases (key, owner, lease_until) VALUES ('order:left', 'dead', now() + interval '1 hour')`,
    );
    await releaseAllLeases(store);
    const outcome = await ifLeaseFree(store, { key: 'order:left' }, async () => 'ran');
    expect(outcome).toEqual({ ran: true, value: 'ran' });
  });
});
