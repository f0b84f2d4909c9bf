import request from 'supertest';

import {
  ensureOrderSync,
  markSynced,
  type SyncedOrder,
} from '../sync/orders/order-sync-repository';
import { bearer, type Harness, jobsOf, openHarness } from './test-harness';

const SYNCED = '11111111-1111-4111-8111-111111111111';
const FAILED = '22222222-2222-4222-8222-222222222222';
const UNKNOWN = '33333333-3333-4333-8333-333333333333';
const RESENT = '55555555-5555-4555-8555-555555555555';

describe('admin API: orders and overview', () => {
  let harness: Harness;
  const get = (path: string) => request(harness.app).get(path).set('Authorization', bearer());

  beforeAll(async () => {
    harness = await openHarness();
    const { store } = harness;
    await store.query(
      `INSERT INTO order_sync (order_guid, order_number, state, brightpearl_order_id, attempts,
         create_sent_at, synced_at, written_back_at, received_at, customer_email)
       VALUES ($1, 'ORD-1001', 'synced', 501, 1, now(), now(), now(), now() - interval '2 minutes',
                'jo.bloggs@example.com'),
              ($2, 'ORD-1002', 'dead-lettered', NULL, 2, NULL, NULL, NULL, now() - interval '1 minute',
                NULL)`,
      [SYNCED, FAILED],
    );
    await store.query(
      `UPDATE order_sync SET last_error = 'SKU X-1 unknown' WHERE order_guid = $1`,
      [FAILED],
    );
    await store.query(
      `INSERT INTO inbox_events (event_id, source, type, object_key, payload)
       VALUES ('44444444-4444-4444-8444-444444444444', 'kentico', 'order.created', $1, '{}')`,
      [FAILED],
    );
    await store.query(
      `INSERT INTO dead_letters (flow, record_key, reason, message, payload)
       VALUES ('order', $1, 'unknown-sku', 'SKU X-1 unknown', '{}')`,
      [FAILED],
    );
  });
  afterAll(() => harness.close());

  it('lists orders newest first, searches by number, GUID or Brightpearl id, filters by state', async () => {
    const all = await get('/api/v1/orders').expect(200);
    expect(all.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
    expect(all.body.items.map((o: { orderNumber: string }) => o.orderNumber)).toEqual([
      'ORD-1002',
      'ORD-1001',
    ]);
    expect(all.body.items[1]).toMatchObject({
      orderGuid: SYNCED,
      brightpearlOrderId: 501,
      state: 'synced',
      attempts: 1,
      lastError: null,
      syncedAt: expect.any(String),
      customerEmail: 'jo.bloggs@example.com',
      brightpearlOrderUrl: 'https://bp.example.com/acme/order/501',
    });
    expect(all.body.items[0]).toMatchObject({ customerEmail: null, brightpearlOrderUrl: null });
    const byNumber = await get('/api/v1/orders?search=1002').expect(200);
    expect(byNumber.body.items.map((o: { orderGuid: string }) => o.orderGuid)).toEqual([FAILED]);
    expect((await get(`/api/v1/orders?search=${SYNCED}`)).body.total).toBe(1);
    expect((await get('/api/v1/orders?search=501')).body.items[0].orderGuid).toBe(SYNCED);
    expect((await get('/api/v1/orders?search=%25')).body.total).toBe(0);
    // The whole e-mail in any case finds the order; a part of it does not.
    const byEmail = await get('/api/v1/orders?search=Jo.Bloggs%40Example.com').expect(200);
    expect(byEmail.body.items.map((o: { orderGuid: string }) => o.orderGuid)).toEqual([SYNCED]);
    expect((await get('/api/v1/orders?search=bloggs%40example.com')).body.total).toBe(0);
    const failed = await get('/api/v1/orders?state=dead-lettered&limit=1').expect(200);
    expect(failed.body).toMatchObject({ total: 1, limit: 1, items: [{ orderGuid: FAILED }] });
    const paged = await get('/api/v1/orders?limit=1&offset=1').expect(200);
    expect(paged.body.items.map((o: { orderGuid: string }) => o.orderGuid)).toEqual([SYNCED]);
  });

  it('rejects bad query and path values with 400 naming the field', async () => {
    const limit = await get('/api/v1/orders?limit=0').expect(400);
    expect(limit.body.field).toBe('limit');
    const state = await get('/api/v1/orders?state=lost').expect(400);
    expect(state.body.field).toBe('state');
    const guid = await get('/api/v1/orders/not-a-guid').expect(400);
    expect(guid.body.field).toBe('orderGuid');
  });

  it('shows one order with its timeline, and 404 naming an unknown one', async () => {
    const synced = await get(`/api/v1/orders/${SYNCED}`).expect(200);
    expect(synced.body).toMatchObject({
      customerEmail: 'jo.bloggs@example.com',
      brightpearlOrderUrl: 'https://bp.example.com/acme/order/501',
    });
    const res = await get(`/api/v1/orders/${FAILED}`).expect(200);
    expect(res.body).toMatchObject({ orderNumber: 'ORD-1002', lastError: 'SKU X-1 unknown' });
    const kinds = res.body.timeline.map((e: { kind: string; title: string }) => [e.kind, e.title]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['event', 'kentico order.created'],
        ['milestone', 'received by the companion'],
        ['failure', 'order: unknown-sku'],
      ]),
    );
    const missing = await get(`/api/v1/orders/${UNKNOWN}`).expect(404);
    expect(missing.body.error).toBe(`order ${UNKNOWN} not found`);
  });

  it('resend re-opens the order for a search-first sync, enqueues it and audits it (202)', async () => {
    const res = await request(harness.app)
      .post(`/api/v1/orders/${SYNCED}/resend`)
      .set('Authorization', bearer())
      .send({ comment: 'Kentico lost the id' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ orderGuid: SYNCED, state: 'pending', jobId: expect.any(String) });
    const [row] = await harness.store.query(
      `SELECT state, brightpearl_order_id, create_sent_at FROM order_sync WHERE order_guid = $1`,
      [SYNCED],
    );
    expect(row).toMatchObject({ state: 'pending', brightpearl_order_id: 501 });
    expect(row!.create_sent_at).not.toBeNull();
    expect(await jobsOf(harness.store, 'order-sync')).toEqual([
      { orderGuid: SYNCED, trigger: 'resend' },
    ]);
    const audit = await get(`/api/v1/audit?target=order:${SYNCED}`).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actor: 'alice',
        action: 'order.resend',
        details: expect.objectContaining({
          previousState: 'synced',
          comment: 'Kentico lost the id',
        }),
      }),
    ]);
  });

  it('resend of an order the companion never saw starts it with a search first', async () => {
    await request(harness.app)
      .post(`/api/v1/orders/${UNKNOWN}/resend`)
      .set('Authorization', bearer())
      .expect(202);
    const [row] = await harness.store.query(
      `SELECT state, create_sent_at FROM order_sync WHERE order_guid = $1`,
      [UNKNOWN],
    );
    expect(row).toMatchObject({ state: 'pending', create_sent_at: expect.anything() });
  });

  it('overview: budget, queues, throughput and last success per flow', async () => {
    const res = await get('/api/v1/overview').expect(200);
    expect(res.body).toMatchObject({
      mode: 'sandbox',
      brightpearlBudget: { used: 12, left: 188, throttled: 0 },
      throughput: { lastHour: 1, lastDay: 1 },
      lastSuccess: {
        orders: expect.any(String),
        orderWriteBack: expect.any(String),
        shipments: null,
      },
      connections: { brightpearl: { status: 'ok' }, kentico: { status: 'ok' } },
    });
    expect(res.body.queues['order-sync']).toBeGreaterThanOrEqual(1);
  });

  it('a resend keeps the first sync time and the timeline shows both syncs', async () => {
    const sync = (trigger: SyncedOrder['trigger']): SyncedOrder => ({
      orderGuid: RESENT,
      brightpearlOrderId: 601,
      calls: 1,
      customerKind: 'new',
      contactId: null,
      trigger,
      mappingVersion: 1,
    });
    await ensureOrderSync(harness.store, RESENT);
    await markSynced(harness.store, sync('event'));
    const first = (await get(`/api/v1/orders/${RESENT}`).expect(200)).body;
    await request(harness.app)
      .post(`/api/v1/orders/${RESENT}/resend`)
      .set('Authorization', bearer())
      .expect(202);
    // What the resend's order-sync job records once Brightpearl's order is found again.
    await markSynced(harness.store, sync('resend'));

    const after = (await get(`/api/v1/orders/${RESENT}`).expect(200)).body;
    expect(after.syncedAt).toBe(first.syncedAt);
    const titles = after.timeline.map((e: { kind: string; title: string }) => e.title);
    expect(titles.filter((title: string) => title === 'synced to Brightpearl')).toHaveLength(2);
    const firstSync = titles.indexOf('synced to Brightpearl');
    const resend = titles.indexOf('order.resend by alice');
    expect(after.timeline[firstSync]).toMatchObject({
      at: first.syncedAt,
      details: { brightpearlOrderId: 601, trigger: 'event' },
    });
    expect(resend).toBeGreaterThan(firstSync);
    expect(titles.lastIndexOf('synced to Brightpearl')).toBeGreaterThan(resend);
    expect(after.timeline.at(-1)).toMatchObject({ details: { trigger: 'resend' } });
  });
});
