import { randomUUID } from 'node:crypto';

import { createSilentLogger } from '../observability/logger';
import { migrate, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { pruneExpired } from './prune-expired';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const NOW = new Date('2026-06-30T12:00:00Z');
const OLD = '2026-05-01T00:00:00Z'; // 60 days before NOW
const RECENT = '2026-06-25T00:00:00Z'; // 5 days before NOW

describe.each(testBackends(POSTGRES_URL))('retention prune ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeEach(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterEach(() => handle.dispose());

  const event = async (objectKey: string, receivedAt: string, source = 'kentico') => {
    const eventId = randomUUID();
    await store.query(
      `INSERT INTO inbox_events (event_id, source, type, object_key, payload, received_at)
       VALUES ($1, $2, 'order.created', $3, '{"eventId":"x"}', $4)`,
      [eventId, source, objectKey, receivedAt],
    );
    return eventId;
  };
  const order = (guid: string, state: string) =>
    store.query(`INSERT INTO order_sync (order_guid, state, received_at) VALUES ($1, $2, $3)`, [
      guid,
      state,
      OLD,
    ]);
  const deadLetter = async (recordKey: string, resolvedAt: string | null) => {
    const [row] = await store.query<{ id: number }>(
      `INSERT INTO dead_letters (flow, record_key, reason, message, payload, created_at, resolved_at)
       VALUES ('orders', $1, 'mapping', 'no tax code', '{"order":{"email":"a@b.c"}}', $2, $3)
       RETURNING id`,
      [recordKey, OLD, resolvedAt],
    );
    return Number(row!.id);
  };
  const eventIds = async () =>
    new Set(
      (await store.query<{ event_id: string }>(`SELECT event_id FROM inbox_events`)).map(
        (row) => row.event_id,
      ),
    );

  it('deletes processed events past the period and keeps recent and unfinished ones', async () => {
    const synced = randomUUID();
    const pending = randomUUID();
    const failed = randomUUID();
    await order(synced, 'synced');
    await order(pending, 'pending');
    await order(failed, 'dead-lettered');
    await deadLetter(failed, null);
    const oldSynced = await event(synced, OLD);
    const recentSynced = await event(synced, RECENT);
    const oldPending = await event(pending, OLD);
    const oldFailed = await event(failed, OLD);
    const oldWebhook = await event('1001', OLD, 'brightpearl');

    const result = await pruneExpired(store, { retentionDays: 30, now: NOW });

    expect(result.inboxEvents).toBe(2);
    const left = await eventIds();
    expect(left).toEqual(new Set([recentSynced, oldPending, oldFailed]));
    expect(left.has(oldSynced) || left.has(oldWebhook)).toBe(false);
  });

  it('keeps every binding and order record, however old', async () => {
    const guid = randomUUID();
    await order(guid, 'synced');
    await event(guid, OLD);
    await store.query(
      `INSERT INTO contact_bindings (kentico_customer_guid, brightpearl_contact_id, updated_at)
       VALUES ($1, 7001, $2)`,
      [randomUUID(), OLD],
    );
    await store.query(
      `INSERT INTO product_bindings (sku, brightpearl_product_id, updated_at) VALUES ('A-1', 9, $1)`,
      [OLD],
    );
    await store.query(
      `INSERT INTO order_payments (order_guid, state, transaction_ref, recorded_at, created_at)
       VALUES ($1, 'recorded', 'T-1', $2, $2)`,
      [guid, OLD],
    );

    await pruneExpired(store, { retentionDays: 30, now: NOW });

    const count = async (table: string) =>
      Number((await store.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    expect(await count('inbox_events')).toBe(0);
    expect(await count('order_sync')).toBe(1);
    expect(await count('contact_bindings')).toBe(1);
    expect(await count('product_bindings')).toBe(1);
    expect(await count('order_payments')).toBe(1);
  });

  it('empties the payload of dead letters resolved before the period, keeping the rows', async () => {
    const oldResolved = await deadLetter(randomUUID(), OLD);
    const recentResolved = await deadLetter(randomUUID(), RECENT);
    const open = await deadLetter(randomUUID(), null);

    const result = await pruneExpired(store, { retentionDays: 30, now: NOW });

    expect(result.deadLetterPayloads).toBe(1);
    const rows = await store.query<{ id: number; payload: unknown }>(
      `SELECT id, payload FROM dead_letters ORDER BY id`,
    );
    expect(rows.map((row) => [Number(row.id), row.payload])).toEqual([
      [oldResolved, { pruned: true }],
      [recentResolved, { order: { email: 'a@b.c' } }],
      [open, { order: { email: 'a@b.c' } }],
    ]);
    expect((await pruneExpired(store, { retentionDays: 30, now: NOW })).deadLetterPayloads).toBe(0);
  });

  it('deletes finished run logs past the period, never a running one', async () => {
    await store.query(
      `INSERT INTO scheduled_runs (job, slot_start, owner, started_at, finished_at, outcome) VALUES
       ('reconcile', $1, 'a', $1, $1, 'done'), ('reconcile', $2, 'a', $2, $2, 'done'),
       ('reconcile', $1, 'b', $1, NULL, 'running')`,
      [OLD, RECENT],
    );
    await store.query(
      `INSERT INTO reconcile_runs (started_at, finished_at) VALUES ($1, $1), ($2, $2)`,
      [OLD, RECENT],
    );

    const result = await pruneExpired(store, { retentionDays: 30, now: NOW });

    expect(result.runLogs).toMatchObject({ scheduled_runs: 1, reconcile_runs: 1 });
    const runs = await store.query<{ outcome: string }>(
      `SELECT outcome FROM scheduled_runs ORDER BY outcome`,
    );
    expect(runs.map((run) => run.outcome)).toEqual(['done', 'running']);
  });

  it('prunes a backlog larger than one batch', async () => {
    const guid = randomUUID();
    await order(guid, 'synced');
    for (let i = 0; i < 7; i++) await event(guid, OLD);

    const result = await pruneExpired(store, { retentionDays: 30, now: NOW, batchSize: 3 });

    expect(result.inboxEvents).toBe(7);
    expect(await eventIds()).toEqual(new Set());
  });
});
