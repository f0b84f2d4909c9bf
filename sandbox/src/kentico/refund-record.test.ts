import { randomUUID } from 'node:crypto';

import { LIFECYCLE_PATHS, RecordRefundResult, type RecordRefundBody } from '@bpkc/shared-types';

import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { emitted, placeSample, signedCall, TEST_SECRET } from './test-support';

describe('refunds made in Brightpearl', () => {
  let sim: KenticoSimulator;
  const call = (method: 'get' | 'put' | 'post', path: string, body?: unknown) =>
    signedCall(sim, { method, path, body });
  const setCredit = (refundGuid: string, brightpearlCreditId: number) =>
    call('put', LIFECYCLE_PATHS.refundCredit(refundGuid), { brightpearlCreditId });
  const credit = (overrides: Partial<RecordRefundBody> = {}): RecordRefundBody => ({
    brightpearlCreditId: 9001,
    createdAt: '2026-03-03T12:00:00+00:00',
    lines: [{ sku: 'BPK-0002', quantity: 1 }],
    total: 11.82,
    statusName: null,
    ...overrides,
  });
  const record = (orderGuid: string, body: unknown) =>
    call('post', LIFECYCLE_PATHS.orderRefunds(orderGuid), body);

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  describe('POST /orders/:orderGuid/refunds (a credit made in Brightpearl)', () => {
    it('records it once per credit id, with origin brightpearl and no refund.created', async () => {
      const order = placeSample(sim);
      const created = await record(order.OrderGUID, credit({ total: 20 })).expect(201);
      const result = RecordRefundResult.parse(created.body);
      expect(result.created).toBe(true);
      const replay = await record(order.OrderGUID, credit({ total: 20 })).expect(200);
      expect(replay.body).toEqual({ RefundGUID: result.RefundGUID, created: false });
      expect(sim.listRefunds(order.OrderGUID)).toEqual([
        {
          RefundGUID: result.RefundGUID,
          OrderGUID: order.OrderGUID,
          RefundCreatedWhen: '2026-03-03T12:00:00+00:00',
          RefundReason: null,
          Lines: [expect.objectContaining({ SKU: 'BPK-0002', Amount: 11.25, Tax: 0.57 })],
          // What the credit holds beyond its lines at Kentico prices (11.82).
          ExtraAmount: 8.18,
          ExtraTax: 0,
          RefundTotal: 20,
          BpcSalesCreditID: 9001,
          Origin: 'brightpearl',
        },
      ]);
      expect(sim.emittedEvents()).toEqual([]);
      expect(sim.getOrder(order.OrderGUID)).toEqual(order);
    });

    it('sets the given status with origin brightpearl, once, emitting only the status event', async () => {
      const order = placeSample(sim);
      const body = credit({ statusName: 'Cancelled' });
      await record(order.OrderGUID, body).expect(201);
      expect(sim.getOrder(order.OrderGUID)).toMatchObject({
        OrderStatusName: 'Cancelled',
        lastStatusOrigin: 'brightpearl',
      });
      expect(emitted(sim)).toEqual([['order.status-changed', order.OrderGUID]]);
      // Moved on since; a retry of the old credit must not put the status back.
      sim.setOrderStatus(order.OrderGUID, 'Processing', { emit: false });
      await record(order.OrderGUID, body).expect(200);
      expect(sim.getOrder(order.OrderGUID)?.OrderStatusName).toBe('Processing');
      expect(sim.emittedEvents()).toHaveLength(1);
    });

    it('recognises the credit the companion made for a Kentico refund', async () => {
      const order = placeSample(sim);
      const refund = sim.createRefund(order.OrderGUID, {
        lines: [{ sku: 'BPK-0002', quantity: 1 }],
      });
      await setCredit(refund.RefundGUID, 9001).expect(204);
      const echo = await record(order.OrderGUID, credit()).expect(200);
      expect(echo.body).toEqual({ RefundGUID: refund.RefundGUID, created: false });
      expect(sim.listRefunds(order.OrderGUID)).toHaveLength(1);
      // The same credit id on another order is a conflict, not a second refund.
      await record(placeSample(sim).OrderGUID, credit()).expect(409);
    });

    it('answers 400 naming the field, 404 for an unknown order, and writes nothing', async () => {
      const order = placeSample(sim);
      const cases: Array<[unknown, string]> = [
        [credit({ statusName: 'Shipped' }), 'statusName'],
        [
          credit({
            lines: [
              { sku: 'BPK-0001', quantity: 1 },
              { sku: 'X', quantity: 1 },
            ],
          }),
          'lines.1.sku',
        ],
        [credit({ lines: [{ sku: 'BPK-0001', quantity: 0 }] }), 'lines.0.quantity'],
        [credit({ total: -1 }), 'total'],
        [credit({ createdAt: 'yesterday' }), 'createdAt'],
        [{ ...credit(), statusName: undefined }, 'statusName'],
        [credit({ brightpearlCreditId: 1.5 }), 'brightpearlCreditId'],
      ];
      for (const [body, field] of cases) {
        const res = await record(order.OrderGUID, body);
        expect([res.status, res.body.field]).toEqual([400, field]);
      }
      await record(randomUUID(), credit()).expect(404);
      expect((await record('nope', credit()).expect(400)).body).toMatchObject({
        field: 'orderGuid',
      });
      expect(sim.listRefunds(order.OrderGUID)).toEqual([]);
      expect(sim.getOrder(order.OrderGUID)).toEqual(order);
      expect(sim.requestLog.count('POST /orders/:orderGuid/refunds')).toBe(9);
    });
  });
});
