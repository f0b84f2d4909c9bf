import { randomUUID } from 'node:crypto';

import { createSilentLogger } from '../observability/logger';
import { type Db, migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { pruneInsights } from './prune-insights';
import { readInsights } from './read-insights';
import { rollUp } from './rollup';
import { BudgetSampler } from './sampler';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const NOW = new Date('2026-06-30T12:30:00Z');
const at = (iso: string) => new Date(iso);

describe.each(testBackends(POSTGRES_URL))('insights roll-ups ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeEach(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterEach(() => handle.dispose());

  /** An order accepted at `receivedAt` and synced after `seconds`; returns its guid. */
  const syncedOrder = async (receivedAt: string, seconds: number) => {
    const guid = randomUUID();
    const syncedAt = new Date(at(receivedAt).getTime() + seconds * 1000).toISOString();
    await store.query(
      `INSERT INTO order_sync (order_guid, state, received_at, synced_at) VALUES ($1, 'synced', $2, $3)`,
      [guid, receivedAt, syncedAt],
    );
    await resend(guid, syncedAt);
    return guid;
  };
  const resend = (guid: string, syncedAt: string) =>
    store.query(
      `INSERT INTO order_sync_history (order_guid, synced_at, brightpearl_order_id)
       VALUES ($1, $2, floor(random() * 1e9))`,
      [guid, syncedAt],
    );
  const failure = (reason: string, createdAt: string) =>
    store.query(
      `INSERT INTO dead_letters (flow, record_key, reason, message, payload, created_at)
       VALUES ('orders', $1, $2, 'x', '{}', $3)`,
      [randomUUID(), reason, createdAt],
    );
  /** `count` pushes counted in the minute of `pushedAt` (as countStockPushes does, at now()). */
  const stockPushes = (count: number, pushedAt: string) =>
    store.query(
      `INSERT INTO insight_buckets (grain, series, bucket_start, value)
       VALUES ('minute', 'stock_pushes', date_bin('1 minute', $1::timestamptz, TIMESTAMPTZ '2000-01-01'), $2)
       ON CONFLICT (grain, series, bucket_start, label, writer)
       DO UPDATE SET value = insight_buckets.value + EXCLUDED.value`,
      [pushedAt, count],
    );
  const hourRows = (series: string) =>
    store.query<{ bucket_start: Date | string; label: string; value: number }>(
      `SELECT bucket_start, label, value FROM insight_buckets
       WHERE grain = 'hour' AND series = $1 ORDER BY bucket_start, label`,
      [series],
    );
  const plain = (rows: Array<{ bucket_start: Date | string; label: string; value: number }>) =>
    rows.map((r) => [new Date(r.bucket_start).toISOString(), r.label, Number(r.value)]);

  it('counts orders, failures by reason and stock pushes per hour, on UTC hour buckets', async () => {
    await syncedOrder('2026-06-30T10:05:00Z', 2);
    await syncedOrder('2026-06-30T10:59:59Z', 1.5); // synced in the next hour: counted there
    await syncedOrder('2026-06-30T11:10:00Z', 3);
    await failure('unmapped-shipping-method', '2026-06-30T10:20:00Z');
    await failure('unmapped-shipping-method', '2026-06-30T11:20:00Z');
    await failure('unknown-sku', '2026-06-30T11:21:00Z');
    await stockPushes(1, '2026-06-30T11:01:00Z');
    await stockPushes(1, '2026-06-30T11:01:30Z');
    await stockPushes(3, '2026-06-30T11:59:00Z');

    await rollUp(store, { now: NOW });

    expect(plain(await hourRows('orders_synced'))).toEqual([
      ['2026-06-30T10:00:00.000Z', '', 1],
      ['2026-06-30T11:00:00.000Z', '', 2],
    ]);
    expect(plain(await hourRows('failures'))).toEqual([
      ['2026-06-30T10:00:00.000Z', 'unmapped-shipping-method', 1],
      ['2026-06-30T11:00:00.000Z', 'unknown-sku', 1],
      ['2026-06-30T11:00:00.000Z', 'unmapped-shipping-method', 1],
    ]);
    expect(plain(await hourRows('stock_pushes'))).toEqual([['2026-06-30T11:00:00.000Z', '', 5]]);
  });

  it('takes p50/p95 latency from first syncs only (a resend is not latency)', async () => {
    const seconds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const guids = [];
    for (const s of seconds) guids.push(await syncedOrder('2026-06-30T09:00:00Z', s));
    await resend(guids[0]!, '2026-06-30T09:50:00Z'); // 50 minutes later: must not count

    await rollUp(store, { now: NOW });

    expect(plain(await hourRows('latency_p50'))).toEqual([['2026-06-30T09:00:00.000Z', '', 5.5]]);
    const [p95] = await hourRows('latency_p95');
    expect(Number(p95!.value)).toBeCloseTo(9.55, 5);
    expect(plain(await hourRows('orders_synced'))).toEqual([['2026-06-30T09:00:00.000Z', '', 11]]);
  });

  it('leaves the open hour out, then rolls it up once closed; re-running changes nothing', async () => {
    await syncedOrder('2026-06-30T12:10:00Z', 1);
    await rollUp(store, { now: NOW });
    expect(await hourRows('orders_synced')).toEqual([]);

    const later = at('2026-06-30T13:00:30Z');
    await rollUp(store, { now: later });
    await rollUp(store, { now: later });
    await rollUp(store, { now: at('2026-06-30T13:05:00Z') });
    expect(plain(await hourRows('orders_synced'))).toEqual([['2026-06-30T12:00:00.000Z', '', 1]]);
  });

  it('catches up every hour missed while nothing ran', async () => {
    await rollUp(store, { now: at('2026-06-29T00:00:00Z') });
    await syncedOrder('2026-06-29T03:00:00Z', 1);
    await syncedOrder('2026-06-29T20:00:00Z', 1);
    await failure('unknown-sku', '2026-06-30T08:00:00Z');

    await rollUp(store, { now: NOW });

    expect(plain(await hourRows('orders_synced')).map((r) => r[0])).toEqual([
      '2026-06-29T03:00:00.000Z',
      '2026-06-29T20:00:00.000Z',
    ]);
    expect(plain(await hourRows('failures'))).toHaveLength(1);
  });

  it('two instances sampling and rolling up at once never double count', async () => {
    const calls = { a: 0, b: 0 };
    const sampler = (name: 'a' | 'b', remaining: () => number) =>
      new BudgetSampler({
        db: store,
        writer: name,
        read: () => ({ callsMade: calls[name], requestsRemaining: remaining() }),
        now: () => at('2026-06-30T11:15:10Z'),
      });
    const a = sampler('a', () => 150);
    const b = sampler('b', () => 120);
    calls.a = 7;
    a.sample();
    calls.b = 5;
    b.sample();
    calls.a = 10;
    a.sample();
    await Promise.all([a.flush(), b.flush()]);
    await syncedOrder('2026-06-30T11:00:00Z', 1);

    await Promise.all([rollUp(store, { now: NOW }), rollUp(store, { now: NOW })]);
    await rollUp(store, { now: NOW });

    expect(plain(await hourRows('bp_requests'))).toEqual([['2026-06-30T11:00:00.000Z', '', 15]]);
    expect(plain(await hourRows('bp_remaining'))).toEqual([['2026-06-30T11:00:00.000Z', '', 120]]);
    expect(plain(await hourRows('orders_synced'))).toEqual([['2026-06-30T11:00:00.000Z', '', 1]]);
  });

  it('a sampler keeps what a failed write held and adds it to the next one', async () => {
    let calls = 4;
    let down = true;
    const flaky: Db = {
      query: (sql, params) => store.query(sql, params),
      transaction: (work) => (down ? Promise.reject(new Error('down')) : store.transaction(work)),
    };
    const sampler = new BudgetSampler({
      db: flaky,
      writer: 'a',
      read: () => ({ callsMade: calls, requestsRemaining: 90 }),
      now: () => at('2026-06-30T12:00:10Z'),
    });
    sampler.sample();
    await expect(sampler.flush()).rejects.toThrow('down');
    down = false;
    calls = 6;
    sampler.sample();
    await sampler.flush();
    const rows = await store.query<{ series: string; value: number }>(
      `SELECT series, value FROM insight_buckets WHERE grain = 'minute' ORDER BY series`,
    );
    expect(rows.map((r) => [r.series, Number(r.value)])).toEqual([
      ['bp_remaining', 90],
      ['bp_requests', 6],
    ]);
  });

  it('reads empty series for a range with nothing in it', async () => {
    const insights = await readInsights(store, { range: '7d', now: NOW });
    expect(insights.hourly.buckets).toEqual([]);
    expect(insights.hourly.ordersSynced).toEqual([]);
    expect(insights.hourly.failuresByReason).toEqual([]);
    expect(insights.budget).toEqual({
      resolution: 'hour',
      buckets: [],
      requestsSent: [],
      remainingMin: [],
    });
    expect(insights.totals).toEqual({
      ordersSynced: 0,
      stockPushes: 0,
      failures: 0,
      requestsSent: 0,
    });
  });

  it('reads aligned series, the hour still filling included', async () => {
    await syncedOrder('2026-06-30T10:00:00Z', 4);
    await syncedOrder('2026-06-30T12:20:00Z', 2); // the current hour: rolled up on read
    await failure('unknown-sku', '2026-06-30T12:25:00Z');
    const sampler = new BudgetSampler({
      db: store,
      writer: 'a',
      read: () => ({ callsMade: 12, requestsRemaining: 188 }),
      now: () => at('2026-06-30T12:29:00Z'),
    });
    sampler.sample();
    await sampler.flush();
    await rollUp(store, { now: NOW, includePartial: true }); // the scheduled run's, not the read's

    const insights = await readInsights(store, { range: '24h', now: NOW });

    const { hourly, budget } = insights;
    expect(hourly.buckets).toHaveLength(24);
    expect(hourly.buckets.at(-1)).toBe('2026-06-30T12:00:00.000Z');
    expect(hourly.ordersSynced.slice(-3)).toEqual([1, 0, 1]);
    expect(hourly.latencyP50Seconds.slice(-3)).toEqual([4, null, 2]);
    expect(hourly.failuresByReason).toEqual([
      { reason: 'unknown-sku', counts: [...Array(23).fill(0), 1] },
    ]);
    expect(budget.resolution).toBe('minute');
    expect(budget.buckets).toHaveLength(24 * 60);
    expect(budget.buckets.at(-1)).toBe('2026-06-30T12:30:00.000Z');
    expect(budget.requestsSent.at(-2)).toBe(12);
    expect(budget.remainingMin.at(-2)).toBe(188);
    expect(insights.totals).toEqual({
      ordersSynced: 2,
      stockPushes: 0,
      failures: 1,
      requestsSent: 12,
    });
  });

  it('prunes minute rows after 48 hours and hour rows after the retention period', async () => {
    await syncedOrder('2026-06-01T10:00:00Z', 1);
    await syncedOrder('2026-06-29T10:00:00Z', 1);
    const sampler = (minute: string) =>
      new BudgetSampler({
        db: store,
        writer: 'a',
        read: () => ({ callsMade: 1, requestsRemaining: null }),
        now: () => at(minute),
      });
    for (const minute of ['2026-06-27T10:00:00Z', '2026-06-29T10:00:00Z']) {
      const s = sampler(minute);
      s.sample();
      await s.flush();
    }
    await rollUp(store, { now: NOW });

    await pruneInsights(store, { now: NOW, retentionDays: 14 });

    const left = await store.query<{ grain: string; series: string; bucket_start: Date | string }>(
      `SELECT grain, series, bucket_start FROM insight_buckets ORDER BY grain, series, bucket_start`,
    );
    expect(left.map((r) => [r.grain, r.series, new Date(r.bucket_start).toISOString()])).toEqual([
      ['hour', 'bp_requests', '2026-06-27T10:00:00.000Z'],
      ['hour', 'bp_requests', '2026-06-29T10:00:00.000Z'],
      ['hour', 'latency_p50', '2026-06-29T10:00:00.000Z'],
      ['hour', 'latency_p95', '2026-06-29T10:00:00.000Z'],
      ['hour', 'orders_synced', '2026-06-29T10:00:00.000Z'],
      ['minute', 'bp_requests', '2026-06-29T10:00:00.000Z'],
    ]);
  });
});
