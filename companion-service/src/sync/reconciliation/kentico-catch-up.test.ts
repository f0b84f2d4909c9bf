import { ModifiedCustomersPage, ModifiedRefundsPage } from '@bpkc/shared-types';

import type { KenticoBridgeClient } from '../../kentico';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { catchUpKentico, CUSTOMERS_CURSOR_KEY, REFUNDS_CURSOR_KEY } from './kentico-catch-up';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const ORDER = '00000000-0000-4000-8000-0000000000b0';
const LOST = '00000000-0000-4000-8000-0000000000b1';
const SYNCED = '00000000-0000-4000-8000-0000000000b2';
const FROM_BP = '00000000-0000-4000-8000-0000000000b3';
const IN_BURST = '00000000-0000-4000-8000-0000000000b4';
const CUSTOMER = '00000000-0000-4000-8000-0000000000c1';
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

describe.each(testBackends(POSTGRES_URL))('Kentico-side catch-up ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;
  let enqueued: Array<[string, unknown]>;
  const sinceAsked: string[] = [];
  const refund = (guid: string, at: string, origin: 'kentico' | 'brightpearl' = 'kentico') => ({
    RefundGUID: guid,
    OrderGUID: ORDER,
    RefundCreatedWhen: at,
    Origin: origin,
  });
  const refunds = ModifiedRefundsPage.parse({
    refunds: [
      refund(LOST, secondsAgo(400)),
      refund(SYNCED, secondsAgo(300)),
      refund(FROM_BP, secondsAgo(200), 'brightpearl'),
      refund(IN_BURST, secondsAgo(5)),
    ],
    nextModifiedSince: null,
  });
  const customers = ModifiedCustomersPage.parse({
    customers: [{ CustomerGUID: CUSTOMER, CustomerModifiedWhen: secondsAgo(100) }],
    nextModifiedSince: null,
  });
  const deps = () => ({
    db: store,
    logger,
    graceSeconds: 60,
    goLiveDate: secondsAgo(3600),
    queue: {
      enqueue: async (queue: string, data: unknown) => void enqueued.push([queue, data]),
    } as unknown as JobQueue,
    kentico: {
      listModifiedRefunds: async (since: string) => (sinceAsked.push(since), refunds),
      listModifiedCustomers: async () => customers,
    } as unknown as KenticoBridgeClient,
  });
  const cursor = async (key: string) =>
    (
      await store.query<{ value: string }>(
        `SELECT value FROM installation_settings WHERE key = $1`,
        [key],
      )
    )[0]?.value;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    await store.query(
      `INSERT INTO refund_sync (refund_guid, order_guid, state) VALUES ($1, $2, 'synced')`,
      [SYNCED, ORDER],
    );
  });
  beforeEach(() => {
    enqueued = [];
  });
  afterAll(() => handle.dispose());

  it('enqueues refunds the companion never saw and every changed customer, leaving recent ones for later', async () => {
    const result = await catchUpKentico(deps());
    expect(enqueued).toEqual([
      ['refunds', { refundGuid: LOST }],
      ['customers', { customerGuid: CUSTOMER }],
    ]);
    expect(result.refunds).toEqual({ checked: 3, enqueued: 1, deferred: 1 });
    // The stored cursor stops at the last settled refund, before the one inside the grace period.
    expect(await cursor(REFUNDS_CURSOR_KEY)).toBe(refunds.refunds[2]!.RefundCreatedWhen);
    expect(await cursor(CUSTOMERS_CURSOR_KEY)).toBe(customers.customers[0]!.CustomerModifiedWhen);
  });

  it('starts the next walk at the stored cursor minus the overlap, and never moves it back', async () => {
    const stored = (await cursor(REFUNDS_CURSOR_KEY))!;
    // Another instance already moved the cursor further (its walk ended later).
    const later = secondsAgo(30);
    await store.query(`UPDATE installation_settings SET value = $2 WHERE key = $1`, [
      REFUNDS_CURSOR_KEY,
      later,
    ]);
    sinceAsked.length = 0;
    await catchUpKentico(deps());
    expect(sinceAsked).toEqual([new Date(Date.parse(later) - 10 * 60_000).toISOString()]);
    expect(await cursor(REFUNDS_CURSOR_KEY)).toBe(later);
    expect(Date.parse(later)).toBeGreaterThan(Date.parse(stored));
  });
});
