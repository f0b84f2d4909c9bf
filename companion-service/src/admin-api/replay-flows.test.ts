import request from 'supertest';

import { addDeadLetter, bearer, type Harness, jobsOf, openHarness } from './test-harness';

const PAID = 'cccccccc-0000-4000-8000-000000000001';
const SYNCED = 'cccccccc-0000-4000-8000-000000000002';
const NO_ID = 'cccccccc-0000-4000-8000-000000000003';
const PRODUCT = 'dddddddd-0000-4000-8000-000000000001';

describe('admin API: replay per flow', () => {
  let harness: Harness;
  const post = (path: string, body?: object) =>
    request(harness.app).post(path).set('Authorization', bearer()).send(body);

  beforeAll(async () => {
    harness = await openHarness();
    await harness.store.query(
      `INSERT INTO order_sync (order_guid, state, brightpearl_order_id)
       VALUES ($1, 'synced', 7001), ($2, 'synced', 7002), ($3, 'pending', NULL)`,
      [PAID, SYNCED, NO_ID],
    );
    await harness.store.query(
      `INSERT INTO order_payments (order_guid, state, transaction_ref)
       VALUES ($1, 'dead-lettered', 'KC-PAY-1')`,
      [PAID],
    );
  });
  afterAll(() => harness.close());

  it('payment, write-back, product and status failures each get their own job', async () => {
    const store = harness.store;
    const reason = 'brightpearl-rejected';
    await addDeadLetter(store, { flow: 'payment', recordKey: PAID, reason });
    await addDeadLetter(store, { flow: 'order-write-back', recordKey: SYNCED, reason });
    await addDeadLetter(store, { flow: 'product', recordKey: PRODUCT, reason });
    await addDeadLetter(store, { flow: 'order-status', recordKey: SYNCED, reason });
    const res = await post('/api/v1/failures/replay', { reason }).expect(200);
    expect(res.body.replayed).toHaveLength(4);
    const [payment] = await store.query(`SELECT state FROM order_payments`);
    expect(payment).toEqual({ state: 'due' });
    expect(await jobsOf(store, 'payments')).toEqual([{ trigger: 'replay' }]);
    expect(await jobsOf(store, 'order-write-back')).toEqual([
      { orderGuid: SYNCED, brightpearlOrderId: 7002 },
    ]);
    expect(await jobsOf(store, 'product-create')).toEqual([{ productGuid: PRODUCT }]);
    expect(await jobsOf(store, 'order-status')).toEqual([{ source: 'kentico', orderGuid: SYNCED }]);
  });

  it('replay all skips what it cannot replay and leaves it open', async () => {
    const store = harness.store;
    const reason = 'write-back-conflict';
    const noId = await addDeadLetter(store, { flow: 'order-write-back', recordKey: NO_ID, reason });
    const customer = await addDeadLetter(store, { flow: 'customers', recordKey: NO_ID, reason });
    const res = await post('/api/v1/failures/replay', { reason }).expect(200);
    expect(res.body).toEqual({
      replayed: [],
      skipped: [
        {
          id: noId,
          flow: 'order-write-back',
          why: `order ${NO_ID} has no Brightpearl id to write back`,
        },
        { id: customer, flow: 'customers', why: "failures of flow 'customers' are not replayable" },
      ],
      remaining: 0,
    });
    const one = await post(`/api/v1/failures/${noId}/replay`).expect(409);
    expect(one.body.error).toContain('no Brightpearl id');
    const open = await store.query(`SELECT id FROM dead_letters WHERE resolved_at IS NULL`);
    expect(open.map((row) => Number(row.id)).sort()).toEqual([noId, customer].sort());
  });
});
