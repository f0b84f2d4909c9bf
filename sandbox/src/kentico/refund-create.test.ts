import { randomUUID } from 'node:crypto';

import { KenticoRefund, LIFECYCLE_PATHS } from '@bpkc/shared-types';

import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { emitted, placeSample, signedCall, TEST_SECRET } from './test-support';

describe('refunds made in Kentico', () => {
  let sim: KenticoSimulator;
  const call = (method: 'get' | 'put' | 'post', path: string, body?: unknown) =>
    signedCall(sim, { method, path, body });
  const setCredit = (refundGuid: string, brightpearlCreditId: number) =>
    call('put', LIFECYCLE_PATHS.refundCredit(refundGuid), { brightpearlCreditId });

  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  describe('createRefund (a merchant refunds in Kentico)', () => {
    it('prices lines pro rata from the order items (hand-computed) and emits refund.created', async () => {
      const order = placeSample(sim);
      const lines = [
        { sku: 'BPK-0001', quantity: 1 }, // 4.99, tax 2.99 / 3 = 0.9967 → 1.00
        { sku: 'BPK-0002', quantity: 1 }, // 11.25, tax 1.13 / 2 = 0.565 → 0.57 (half up)
      ];
      const refund = sim.createRefund(order.OrderGUID, {
        lines,
        extraAmount: 5,
        extraTax: 1,
        reason: 'Damaged',
      });
      expect(refund).toMatchObject({
        OrderGUID: order.OrderGUID,
        RefundReason: 'Damaged',
        Lines: [
          { OrderItemGUID: order.Items[0]?.OrderItemGUID, SKU: 'BPK-0001', Quantity: 1 },
          { OrderItemGUID: order.Items[1]?.OrderItemGUID, SKU: 'BPK-0002', Quantity: 1 },
        ],
        ExtraAmount: 5,
        ExtraTax: 1,
        RefundTotal: 23.81,
        BpcSalesCreditID: null,
        Origin: 'kentico',
      });
      expect(refund.Lines.map((l) => [l.Amount, l.Tax])).toEqual([
        [4.99, 1],
        [11.25, 0.57],
      ]);
      expect(emitted(sim)).toEqual([['refund.created', refund.RefundGUID]]);
      expect(sim.emittedEvents()[0]?.occurredAt).toBe(refund.RefundCreatedWhen);
      const res = await call('get', LIFECYCLE_PATHS.refund(refund.RefundGUID.toUpperCase()));
      expect(KenticoRefund.parse(res.body)).toEqual(refund);
      expect(sim.listRefunds(order.OrderGUID)).toEqual([refund]);
      expect(sim.getOrder(order.OrderGUID)).toEqual(order); // its own table: no order edit
    });

    it('keeps a refund larger than the order, since the companion must catch it', () => {
      const order = placeSample(sim);
      const refund = sim.createRefund(
        order.OrderGUID,
        { lines: [{ sku: 'BPK-0001', quantity: 10 }], extraAmount: 100 },
        { emit: false },
      );
      expect(refund.Lines[0]).toMatchObject({ Amount: 49.9, Tax: 9.97 }); // 2.99 × 10 / 3
      expect(refund.RefundTotal).toBe(159.87);
      expect(refund.RefundTotal).toBeGreaterThan(order.OrderGrandTotal);
      expect(sim.emittedEvents()).toEqual([]);
      expect(() =>
        sim.createRefund(order.OrderGUID, { lines: [{ sku: 'NOPE', quantity: 1 }] }),
      ).toThrow(/not on order/);
      expect(() => sim.createRefund(randomUUID(), {})).toThrow(/Unknown order/);
    });
  });

  describe('PUT /refunds/:refundGuid/brightpearl-credit', () => {
    it('stores the credit id idempotently, 409s on another one, and emits nothing', async () => {
      const order = placeSample(sim);
      const [first, second] = [1, 2].map(() =>
        sim.createRefund(order.OrderGUID, { extraAmount: 1 }, { emit: false }),
      );
      await setCredit(first?.RefundGUID ?? '', 77).expect(204);
      await setCredit(first?.RefundGUID ?? '', 77).expect(204);
      const other = await setCredit(first?.RefundGUID ?? '', 78).expect(409);
      expect(other.body).toMatchObject({ field: 'brightpearlCreditId' });
      // One credit cannot settle two refunds.
      await setCredit(second?.RefundGUID ?? '', 77).expect(409);
      expect(sim.listRefunds(order.OrderGUID).map((r) => r.BpcSalesCreditID)).toEqual([77, null]);
      expect(sim.emittedEvents()).toEqual([]);
    });

    it('answers 404 for an unknown refund and 400 naming the field', async () => {
      await setCredit(randomUUID(), 1).expect(404);
      await call('get', LIFECYCLE_PATHS.refund(randomUUID())).expect(404);
      const refund = sim.createRefund(placeSample(sim).OrderGUID, {}, { emit: false });
      const bad = await setCredit(refund.RefundGUID, 0).expect(400);
      expect(bad.body).toMatchObject({ field: 'brightpearlCreditId' });
      const badGuid = await call('get', LIFECYCLE_PATHS.refund('x')).expect(400);
      expect(badGuid.body).toMatchObject({ field: 'refundGuid' });
    });
  });
});
