import { randomBytes } from 'node:crypto';

import {
  type BrightpearlClient,
  createBrightpearlClient,
  createSilentLogger,
  migrate,
  openStore,
  PRIORITY,
  type Store,
} from '@bpkc/companion-service';
import { type BrightpearlSimulator, createBrightpearlSimulator } from '@bpkc/sandbox';

import { createPostgresBudgetLedger } from '../../companion-service/src/budget-ledger';
import { maxRolling } from '../bench/rolling-peak';
import { waitFor } from '../support/wait-for';

/**
 * One Brightpearl budget across instances (ADR 0020): three clients, each with its own store
 * pool like three companion processes, claim from one ledger on one Postgres while they hammer
 * one simulator. Needs TEST_DATABASE_URL (the ledger is Postgres-only; PGlite is one process).
 */
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const describeOnPostgres = POSTGRES_URL ? describe : describe.skip;

const CAP = 20;
const WINDOW_MS = 2_000;
const SHARE = 0.8;
const ALLOWANCE = Math.floor(CAP * SHARE); // 16
const AUTH = { mode: 'account-token', appRef: 'h3', accountToken: 'sandbox-token' } as const;

describeOnPostgres('one request budget across three instances on one Postgres', () => {
  const schema = `ledger_${randomBytes(5).toString('hex')}`;
  const logger = createSilentLogger();
  let sim: BrightpearlSimulator;
  let close: () => Promise<void>;
  let stores: Store[] = [];
  let clients: BrightpearlClient[] = [];

  beforeAll(async () => {
    sim = createBrightpearlSimulator({ cap: CAP, windowMs: WINDOW_MS });
    sim.seedProducts([{ sku: 'SKU-1', name: 'One', price: '1.00' }]);
    const running = await sim.listen();
    close = running.close;
    for (let i = 0; i < 3; i++) {
      const store = await openStore({ databaseUrl: POSTGRES_URL, schema, logger });
      if (i === 0) await migrate(store, logger);
      stores.push(store);
    }
    clients = stores.map((store, i) =>
      createBrightpearlClient({
        baseUrl: running.url,
        auth: AUTH,
        requestCap: CAP,
        budgetShare: SHARE,
        windowMs: WINDOW_MS,
        throttleJitterMs: 0,
        ledger: createPostgresBudgetLedger(store, { windowMs: WINDOW_MS, instanceId: `i${i}` }),
      }),
    );
  });

  afterAll(async () => {
    await close?.();
    await stores[0]?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await Promise.all(stores.map((store) => store.close()));
    stores = [];
  });

  it('keeps the cluster to the share, never a 503, and a resend goes ahead', async () => {
    const [a, b, c] = clients;
    if (!a || !b || !c) throw new Error('three instances');
    const catalog = { priority: PRIORITY.catalog };
    const work = [a, b, c].flatMap((client) =>
      Array.from({ length: 30 }, () => client.findProductIdBySku('SKU-1', catalog)),
    );
    // Contention: the window is full and every instance still has catalog work queued.
    await waitFor(() => sim.requestLog.count() >= ALLOWANCE - 3, { timeoutMs: 30_000 });
    expect(a.stats().queued + b.stats().queued).toBeGreaterThan(20);
    const before = sim.requestLog.count(undefined, { includeThrottled: true });
    const resend = c.listWebhooks({ priority: PRIORITY.interactive });
    await resend;
    // Every instance reads the cluster's window, not only its own requests.
    expect(a.stats().inWindow).toBeGreaterThan(ALLOWANCE / 3);
    await Promise.all(work);
    const after = sim.requestLog.entries().slice(before);
    const resendAt = after.findIndex((entry) => entry.endpoint.includes('webhook'));
    expect(resendAt).toBeGreaterThanOrEqual(0);
    // Before it: at most what the instances had already released (4 in flight each)...
    expect(resendAt).toBeLessThanOrEqual(12);
    // ...while most of the catalog work queued before it went after it.
    expect(after.length - resendAt - 1).toBeGreaterThan(40);

    const log = sim.requestLog;
    expect(log.count()).toBe(91);
    expect(log.countThrottled()).toBe(0);
    expect(maxRolling(log.entries(), WINDOW_MS, { includeThrottled: true })).toBeLessThanOrEqual(
      ALLOWANCE,
    );
    // Not a crawl either: the work really needed the whole share of several windows.
    expect(maxRolling(log.entries(), WINDOW_MS)).toBeGreaterThanOrEqual(ALLOWANCE - 3);
  });
});
