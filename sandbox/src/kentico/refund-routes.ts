import { Router, type Response } from 'express';
import type { z } from 'zod';

import { RecordRefundBody, SetRefundCreditBody, type RecordRefundResult } from '@bpkc/shared-types';

import { findByGuid, readBody, sendError } from './bridge-respond';
import { orderOf } from './order-lifecycle-routes';
import { applyOrderStatus } from './order-status';
import { brightpearlRefund, unknownSkuIndex } from './refunds';
import type { SimContext } from './sim-context';

type RecordResult = z.infer<typeof RecordRefundResult>;

const creditTaken = (id: number) => ({
  error: `Brightpearl credit ${id} belongs to another refund`,
  field: 'brightpearlCreditId',
});

/** LIFECYCLE_PATHS.refund, .refundCredit and .orderRefunds: the extension's refund table. */
export function refundRoutes(ctx: SimContext): Router {
  const router = Router();
  const { refunds } = ctx.store;
  const refundOf = (raw: unknown, res: Response) =>
    findByGuid(res, { raw, field: 'refundGuid', what: 'Refund' }, (guid) => refunds.get(guid));

  router.get('/refunds/:refundGuid', (req, res) => {
    const refund = refundOf(req.params.refundGuid, res);
    if (refund) res.json(refund);
  });

  router.put('/refunds/:refundGuid/brightpearl-credit', (req, res) => {
    const refund = refundOf(req.params.refundGuid, res);
    if (!refund) return;
    const body = readBody(req, res, SetRefundCreditBody);
    if (!body) return;
    const id = body.brightpearlCreditId;
    const stored = refund.BpcSalesCreditID;
    if (stored !== null && stored !== id) {
      const error = `Refund is already linked to Brightpearl credit ${stored}`;
      return sendError(res, 409, { error, field: 'brightpearlCreditId' });
    }
    const holder = refunds.byCreditId(id);
    if (holder && holder !== refund) return sendError(res, 409, creditTaken(id));
    // Same id again is a retry of a call that already succeeded. Not a refund edit: no event.
    if (stored === null) refunds.setCreditId(refund.RefundGUID, id);
    res.status(204).end();
  });

  router.post('/orders/:orderGuid/refunds', (req, res) => {
    const order = orderOf(ctx, req, res);
    if (!order) return;
    const body = readBody(req, res, RecordRefundBody);
    if (!body) return;
    const existing = refunds.byCreditId(body.brightpearlCreditId);
    if (existing && existing.OrderGUID.toLowerCase() !== order.OrderGUID.toLowerCase()) {
      return sendError(res, 409, creditTaken(body.brightpearlCreditId));
    }
    if (existing) {
      // A retry, or the credit the companion made for a Kentico refund coming back: same row.
      // The status is not applied again: it may have moved on since, and this would revert it.
      const result: RecordResult = { RefundGUID: existing.RefundGUID, created: false };
      return res.status(200).json(result);
    }
    // Everything is checked before anything is written: a 400 leaves no half-recorded refund.
    const status = body.statusName ?? undefined;
    if (status !== undefined && !ctx.store.reference.orderStatuses.find(status)) {
      return sendError(res, 400, { error: `No order status ${status}`, field: 'statusName' });
    }
    const badLine = unknownSkuIndex(order, body.lines);
    if (badLine >= 0) {
      const error = `SKU ${body.lines[badLine]?.sku} is not on this order`;
      return sendError(res, 400, { error, field: `lines.${badLine}.sku` });
    }
    const refund = brightpearlRefund(order, body);
    refunds.add(refund);
    // No refund.created: the refund came from Brightpearl, announcing it would only echo back.
    // The status change still fires the order's object event (see applyOrderStatus).
    if (status !== undefined) {
      applyOrderStatus(ctx, order, { statusName: status, origin: 'brightpearl' });
    }
    const result: RecordResult = { RefundGUID: refund.RefundGUID, created: true };
    res.status(201).json(result);
  });

  return router;
}
