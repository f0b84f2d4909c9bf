import { randomUUID } from 'node:crypto';

import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { orderMilestones, readOrderReport } from './order-sync-reports';
import {
  orderGuidsByBrightpearlId,
  orderNumbersOf,
  orderSyncStates,
  SYNCED_ORDERS,
  syncedOrderGuids,
} from './order-sync-reads';
import { reopenForReplay, reopenForResend, reopenVanishedOrder } from './order-sync-reopen';
import {
  ensureOrderSync,
  findOrderSync,
  markAttempt,
  markSynced,
  type SyncedOrder,
} from './order-sync-repository';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

describe.each(testBackends(POSTGRES_URL))('order_sync repository on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  let nextId = 9000;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterAll(() => handle.dispose());

  const synced = (orderGuid: string, more: Partial<SyncedOrder> = {}): SyncedOrder => ({
    orderGuid,
    brightpearlOrderId: nextId,
    calls: 2,
    customerKind: 'new',
    contactId: 77,
    trigger: 'event',
    mappingVersion: 1,
    ...more,
  });
  const syncedAt = async (guid: string) =>
    new Date((await readOrderReport(store, guid))!.synced_at!).toISOString();

  it('a second sync (resend) keeps the first sync time and adds a history row', async () => {
    const guid = randomUUID();
    const id = ++nextId;
    await ensureOrderSync(store, guid);
    const first = await store.transaction((tx) =>
      markSynced(tx, synced(guid, { brightpearlOrderId: id })),
    );
    expect(first).toEqual({ firstSync: true, latencySeconds: expect.any(Number) });
    const firstAt = await syncedAt(guid);

    const before = await store.transaction((tx) => reopenForResend(tx, guid));
    expect(before).toEqual({ previousState: 'synced' });
    const again = await store.transaction((tx) =>
      markSynced(tx, synced(guid, { brightpearlOrderId: id, trigger: 'resend', contactId: null })),
    );
    expect(again.firstSync).toBe(false);
    expect(await syncedAt(guid)).toBe(firstAt);
    expect(await findOrderSync(store, guid)).toMatchObject({
      state: 'synced',
      brightpearl_contact_id: expect.anything(),
    });
    const syncs = (await orderMilestones(store, guid)).filter(
      (m) => m.title === 'synced to Brightpearl',
    );
    expect(syncs.map((m) => m.details)).toEqual([
      { brightpearlOrderId: id, attempts: 0, trigger: 'event', mappingVersion: 1 },
      { brightpearlOrderId: id, attempts: 0, trigger: 'resend', mappingVersion: 1 },
    ]);
    expect(new Date(syncs[0]!.at).toISOString()).toBe(firstAt);
  });

  it('resend of an unknown order adds it pending with the create-sent marker', async () => {
    const guid = randomUUID();
    const before = await store.transaction((tx) => reopenForResend(tx, guid));
    expect(before).toEqual({ previousState: null });
    expect(await findOrderSync(store, guid)).toMatchObject({
      state: 'pending',
      create_sent_at: expect.anything(),
    });
  });

  it('replay re-opens a failed order but never a synced one; a vanished order loses its id', async () => {
    const failed = randomUUID();
    const done = randomUUID();
    await ensureOrderSync(store, failed);
    await store.query(`UPDATE order_sync SET state = 'dead-lettered' WHERE order_guid = $1`, [
      failed,
    ]);
    await ensureOrderSync(store, done);
    await markSynced(store, synced(done, { brightpearlOrderId: ++nextId }));
    await reopenForReplay(store, failed);
    await reopenForReplay(store, done);
    expect((await findOrderSync(store, failed))?.state).toBe('pending');
    expect((await findOrderSync(store, done))?.state).toBe('synced');
    await reopenVanishedOrder(store, done);
    expect(await findOrderSync(store, done)).toMatchObject({
      state: 'pending',
      brightpearl_order_id: null,
    });
  });

  it('answers other flows by GUID, Brightpearl id, number and the synced-orders relation', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const unknown = randomUUID();
    const id = ++nextId;
    await ensureOrderSync(store, a);
    await ensureOrderSync(store, b);
    await markAttempt(store, { orderGuid: b, orderNumber: 'ORD-B', customerEmail: 'B@x.io' });
    await markSynced(store, synced(a, { brightpearlOrderId: id }));

    expect(await syncedOrderGuids(store, [a, b, unknown])).toEqual(new Set([a]));
    expect(await orderGuidsByBrightpearlId(store, [id, 1])).toEqual(new Map([[id, a]]));
    expect(await orderNumbersOf(store, [b, unknown])).toEqual(new Map([[b, 'ORD-B']]));
    const states = await orderSyncStates(store, [a, b, unknown]);
    expect(states.sort((x, y) => x.state.localeCompare(y.state))).toEqual([
      { orderGuid: a, state: 'synced', brightpearlOrderId: id },
      { orderGuid: b, state: 'syncing', brightpearlOrderId: null },
    ]);
    const joined = await store.query<{ id: number | string }>(
      `SELECT s.brightpearl_order_id AS id FROM ${SYNCED_ORDERS} s WHERE s.order_guid = ANY($1::uuid[])`,
      [[a, b]],
    );
    expect(joined.map((row) => Number(row.id))).toEqual([id]);
  });
});
