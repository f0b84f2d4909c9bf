import request from 'supertest';

import { addDeadLetter, bearer, type Harness, jobsOf, openHarness, token } from './test-harness';

const ORDER_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const ORDER_B = 'aaaaaaaa-0000-4000-8000-000000000002';
const ORDER_C = 'aaaaaaaa-0000-4000-8000-000000000003';
const REFUND = 'bbbbbbbb-0000-4000-8000-000000000001';

describe('admin API: failures', () => {
  let harness: Harness;
  const get = (path: string) => request(harness.app).get(path).set('Authorization', bearer());
  const post = (path: string, body?: object) =>
    request(harness.app).post(path).set('Authorization', bearer()).send(body);
  const openIds = async () =>
    (
      await harness.store.query<{ id: number }>(
        `SELECT id FROM dead_letters WHERE resolved_at IS NULL ORDER BY id`,
      )
    ).map((row) => Number(row.id));
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    harness = await openHarness();
    const { store } = harness;
    for (const guid of [ORDER_A, ORDER_B, ORDER_C]) {
      await store.query(`INSERT INTO order_sync (order_guid, state) VALUES ($1, 'dead-lettered')`, [
        guid,
      ]);
    }
    await store.query(
      `INSERT INTO refund_sync (refund_guid, order_guid, state) VALUES ($1, $2, 'dead-lettered')`,
      [REFUND, ORDER_C],
    );
    ids.a = await addDeadLetter(store, {
      flow: 'order',
      recordKey: ORDER_A,
      reason: 'unknown-sku',
    });
    ids.b = await addDeadLetter(store, {
      flow: 'order',
      recordKey: ORDER_B,
      reason: 'unknown-sku',
    });
    ids.fee = await addDeadLetter(store, {
      flow: 'payment-fee',
      recordKey: ORDER_C,
      reason: 'journal-uncertain',
    });
    ids.refund = await addDeadLetter(store, {
      flow: 'refund',
      recordKey: REFUND,
      reason: 'unknown-sku',
    });
    ids.c = await addDeadLetter(store, {
      flow: 'order',
      recordKey: ORDER_C,
      reason: 'invalid-address',
    });
  });
  afterAll(() => harness.close());

  it('lists open failures with links, filters by reason and flow, and groups them', async () => {
    const all = await get('/api/v1/failures').expect(200);
    expect(all.body.total).toBe(5);
    expect(all.body.items[0]).toEqual({
      id: ids.a,
      flow: 'order',
      recordKey: ORDER_A,
      reason: 'unknown-sku',
      message: 'it failed',
      payload: { job: 1 },
      createdAt: expect.any(String),
      link: `/orders/${ORDER_A}`,
      orderNumber: null,
      hint: expect.objectContaining({
        summary: 'A product SKU of this order is not in Brightpearl.',
      }),
    });
    const refund = await get('/api/v1/failures?flow=refund').expect(200);
    expect(refund.body.items.map((f: { link: string }) => f.link)).toEqual([`/orders/${ORDER_C}`]);
    const sku = await get('/api/v1/failures?reason=unknown-sku&limit=2').expect(200);
    expect(sku.body).toMatchObject({ total: 3, limit: 2 });
    await get('/api/v1/failures?reason=bogus').expect(400);
    const groups = await get('/api/v1/failures/groups').expect(200);
    expect(groups.body).toEqual([
      { reason: 'unknown-sku', count: 3 },
      { reason: 'invalid-address', count: 1 },
      { reason: 'journal-uncertain', count: 1 },
    ]);
    expect((await get(`/api/v1/failures/${ids.fee}`).expect(200)).body.flow).toBe('payment-fee');
    await get('/api/v1/failures/999999').expect(404);
  });

  it('replays one order failure: pending + job + audit + resolved, in one go', async () => {
    const named = bearer(token(['view', 'edit'], { name: 'Alice Martin' }));
    const res = await request(harness.app)
      .post(`/api/v1/failures/${ids.c}/replay`)
      .set('Authorization', named)
      .expect(200);
    expect(res.body).toEqual({
      replayed: [{ id: ids.c, flow: 'order', recordKey: ORDER_C, jobId: expect.any(String) }],
      skipped: [],
      remaining: 0,
    });
    const [order] = await harness.store.query(
      `SELECT state FROM order_sync WHERE order_guid = $1`,
      [ORDER_C],
    );
    expect(order).toEqual({ state: 'pending' });
    expect(await jobsOf(harness.store, 'order-sync')).toEqual([
      { orderGuid: ORDER_C, trigger: 'replay' },
    ]);
    expect(await openIds()).not.toContain(ids.c);
    const audit = await get(`/api/v1/audit?target=failure:${ids.c}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      actor: 'alice',
      actorName: 'Alice Martin', // the token's name, carried to the replay's audit entry
      action: 'failure.replay',
    });
    await post(`/api/v1/failures/${ids.c}/replay`).expect(409);
  });

  it('refuses to replay a flow without a replay path (409 naming it), leaving it open', async () => {
    const res = await post(`/api/v1/failures/${ids.fee}/replay`).expect(409);
    expect(res.body.error).toBe("failures of flow 'payment-fee' are not replayable");
    expect(await openIds()).toContain(ids.fee);
  });

  it('replays every open failure of a reason, across flows', async () => {
    const res = await post('/api/v1/failures/replay', { reason: 'unknown-sku' }).expect(200);
    expect(res.body.replayed.map((r: { id: number }) => r.id)).toEqual([ids.a, ids.b, ids.refund]);
    expect(res.body).toMatchObject({ skipped: [], remaining: 0 });
    expect(await jobsOf(harness.store, 'refunds')).toEqual([{ refundGuid: REFUND }]);
    const [refund] = await harness.store.query(`SELECT state FROM refund_sync`);
    expect(refund).toEqual({ state: 'pending' });
    expect(await openIds()).toEqual([ids.fee]);
    const bad = await post('/api/v1/failures/replay', { reason: 'nope' }).expect(400);
    expect(bad.body.field).toBe('reason');
  });

  it('discards with a comment (required) and an audit entry', async () => {
    const missing = await post(`/api/v1/failures/${ids.fee}/discard`, {}).expect(400);
    expect(missing.body.field).toBe('comment');
    await post(`/api/v1/failures/${ids.fee}/discard`, {
      comment: 'checked: journal posted',
    }).expect(200, { id: ids.fee, discarded: true });
    expect(await openIds()).toEqual([]);
    const audit = await get(`/api/v1/audit?target=failure:${ids.fee}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'failure.discard',
      details: { flow: 'payment-fee', comment: 'checked: journal posted' },
    });
    const timeline = (await get(`/api/v1/orders/${ORDER_C}`).expect(200)).body.timeline;
    expect(timeline.map((e: { title: string }) => e.title)).toContain('failure.discard by alice');
  });
});
