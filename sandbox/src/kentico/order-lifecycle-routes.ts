import { Router, type Request, type Response } from 'express';

import { SetOrderStatusBody, ShipmentBody, type KenticoOrder } from '@bpkc/shared-types';

import { findByGuid, readBody, sendError } from './bridge-respond';
import { applyOrderStatus } from './order-status';
import type { SimContext } from './sim-context';

/** The live order named by `:orderGuid`, or undefined once a 400 or 404 has been sent. */
export const orderOf = (ctx: SimContext, req: Request, res: Response): KenticoOrder | undefined =>
  findByGuid(res, { raw: req.params.orderGuid, field: 'orderGuid', what: 'Order' }, (guid) =>
    ctx.store.getOrder(guid),
  );

/** Decimal digits only: Number() alone would also take '1e3', ' 12' or '0x1f'. */
const readNoteId = (raw: string | undefined): number | undefined => {
  const id = raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
  return id > 0 ? id : undefined;
};

/** LIFECYCLE_PATHS.orderStatus and .shipment: what Brightpearl's fulfilment writes back. */
export function orderLifecycleRoutes(ctx: SimContext): Router {
  const router = Router();

  router.put('/orders/:orderGuid/status', (req, res) => {
    const order = orderOf(ctx, req, res);
    if (!order) return;
    const body = readBody(req, res, SetOrderStatusBody);
    if (!body) return;
    if (applyOrderStatus(ctx, order, body) === 'unknown-status') {
      const error = `No order status with code name ${body.statusName}`;
      return sendError(res, 400, { error, field: 'statusName' });
    }
    res.status(204).end();
  });

  router.put('/orders/:orderGuid/shipments/:goodsOutNoteId', (req, res) => {
    const order = orderOf(ctx, req, res);
    if (!order) return;
    const goodsOutNoteId = readNoteId(req.params.goodsOutNoteId);
    if (goodsOutNoteId === undefined) {
      const error = 'Not a goods-out note id (a positive integer)';
      return sendError(res, 400, { error, field: 'goodsOutNoteId' });
    }
    const body = readBody(req, res, ShipmentBody);
    if (!body) return;
    // Its own table, not the OrderInfo: no OrderModifiedWhen bump and no event, so recording a
    // shipment never echoes back to the companion. Lines are kept as sent, even unknown SKUs.
    ctx.store.shipments.put(order.OrderGUID, { goodsOutNoteId, ...body });
    res.status(204).end();
  });

  return router;
}
