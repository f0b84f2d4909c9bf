import request from 'supertest';

import { markSetAside } from '../sync/orders/order-sync-decisions';
import { bearer, type Harness, jobsOf, openHarness, token } from './test-harness';

const HELD = 'a1111111-1111-4111-8111-111111111111';
const TO_REJECT = 'a2222222-2222-4222-8222-222222222222';
const SKIPPED = 'a3333333-3333-4333-8333-333333333333';
const SYNCED = 'a4444444-4444-4444-8444-444444444444';
const UNKNOWN = 'a5555555-5555-4555-8555-555555555555';

const hold = { source: 'rule:big', outcome: 'hold' as const, reason: 'Over £500: check it' };
const skip = { source: 'rule:test', outcome: 'skip' as const, reason: 'Test order' };

describe('admin API: the Held list', () => {
  let harness: Harness;
  const auth = () =>
    bearer(token(['view', 'edit'], { sub: 'ops@shop.example.com', name: 'Olivia Ops' }));
  const get = (path: string) => request(harness.app).get(path).set('Authorization', auth());
  const post = (path: string, body: object = {}) =>
    request(harness.app).post(path).set('Authorization', auth()).send(body);

  beforeAll(async () => {
    harness = await openHarness();
    const { store } = harness;
    for (const guid of [HELD, TO_REJECT, SKIPPED, SYNCED]) {
      await store.query(
        `INSERT INTO order_sync (order_guid, order_number, customer_email) VALUES ($1, $2, 'a@b.example')`,
        [guid, `ORD-${guid.slice(0, 2)}`],
      );
    }
    await markSetAside(store, {
      orderGuid: HELD,
      state: 'held',
      findings: [hold],
      mappingVersion: 3,
    });
    await markSetAside(store, {
      orderGuid: TO_REJECT,
      state: 'held',
      findings: [hold],
      mappingVersion: 3,
    });
    await markSetAside(store, {
      orderGuid: SKIPPED,
      state: 'skipped',
      findings: [skip],
      mappingVersion: 3,
    });
    await store.query(`UPDATE order_sync SET state = 'synced' WHERE order_guid = $1`, [SYNCED]);
  });
  afterAll(() => harness.close());

  it('lists held orders with their reasons; skipped ones on their own list', async () => {
    const held = await get('/api/v1/held').expect(200);
    expect(held.body.total).toBe(2);
    expect(held.body.items[0]).toMatchObject({
      orderGuid: HELD,
      orderNumber: 'ORD-a1',
      findings: [hold],
      mappingVersion: 3,
      decidedBy: null,
      decidedByName: null,
    });
    const skipped = await get('/api/v1/held?state=skipped').expect(200);
    expect(skipped.body.items).toEqual([
      expect.objectContaining({ orderGuid: SKIPPED, decisionReason: 'Test order' }),
    ]);
    await get('/api/v1/held?state=nonsense').expect(400);
  });

  it('a resend does not re-open a held order (only Approve sends it)', async () => {
    await post(`/api/v1/orders/${HELD}/resend`).expect(202);
    const [row] = await harness.store.query<{ state: string; create_sent_at: unknown }>(
      `SELECT state, create_sent_at FROM order_sync WHERE order_guid = $1`,
      [HELD],
    );
    expect(row).toEqual({ state: 'held', create_sent_at: null });
  });

  it('approve: back to pending, one order-sync job, an audit row', async () => {
    const res = await post(`/api/v1/held/${HELD}/approve`, { comment: 'called the customer' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ orderGuid: HELD, state: 'pending' });
    const jobs = await jobsOf(harness.store, 'order-sync');
    expect(jobs).toContainEqual({ orderGuid: HELD, trigger: 'approve' });
    const [row] = await harness.store.query<{ state: string; approved_by: string }>(
      `SELECT state, approved_by FROM order_sync WHERE order_guid = $1`,
      [HELD],
    );
    expect(row).toEqual({ state: 'pending', approved_by: 'ops@shop.example.com' });
    const audit = await harness.store.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target = $1 ORDER BY id`,
      [`order:${HELD}`],
    );
    // The resend of the test above is audited too, though it left the order held.
    expect(audit.map((a) => a.action)).toEqual(['order.resend', 'order.approve']);
    // Not held any more: a second approve is a conflict, not a second job.
    await post(`/api/v1/held/${HELD}/approve`).expect(409);
    expect((await jobsOf(harness.store, 'order-sync')).length).toBe(jobs.length);
  });

  it('reject: never sent, the reason kept; then approve may still change the decision', async () => {
    await post(`/api/v1/held/${TO_REJECT}/reject`, {}).expect(400);
    const res = await post(`/api/v1/held/${TO_REJECT}/reject`, { reason: 'Fraud suspected' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ orderGuid: TO_REJECT, state: 'rejected' });
    const rejected = await get('/api/v1/held?state=rejected').expect(200);
    expect(rejected.body.items).toEqual([
      expect.objectContaining({
        orderGuid: TO_REJECT,
        decidedBy: 'ops@shop.example.com',
        decidedByName: 'Olivia Ops', // as the audit log recorded the decision
        decisionReason: 'Fraud suspected',
      }),
    ]);
    await post(`/api/v1/held/${TO_REJECT}/reject`, { reason: 'again' }).expect(409);
    await post(`/api/v1/held/${TO_REJECT}/approve`).expect(202);
  });

  it('refuses decisions on orders that are not set aside (409) and bad GUIDs (400)', async () => {
    await post(`/api/v1/held/${SYNCED}/approve`).expect(409);
    await post(`/api/v1/held/${SYNCED}/reject`, { reason: 'x' }).expect(409);
    await post(`/api/v1/held/${UNKNOWN}/approve`).expect(409);
    await post(`/api/v1/held/not-a-guid/approve`).expect(400);
    await post(`/api/v1/held/${SKIPPED}/reject`, { reason: 'x' }).expect(409);
    await post(`/api/v1/held/${SKIPPED}/approve`).expect(202);
  });
});
