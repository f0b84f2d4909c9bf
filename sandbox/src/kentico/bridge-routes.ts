import { Router } from 'express';

import {
  KenticoOrderGuid,
  ModifiedOrdersQuery,
  SetBrightpearlOrderIdBody,
} from '@bpkc/shared-types';

import { readBody, sendError, sendInvalid } from './bridge-respond';
import { catchUpRoutes } from './catch-up-routes';
import { customerRoutes } from './customer-routes';
import { lookupRoutes } from './lookup-routes';
import { modifiedOrdersPage } from './modified-orders';
import { orderLifecycleRoutes } from './order-lifecycle-routes';
import { productRoutes } from './product-routes';
import { refundRoutes } from './refund-routes';
import type { SimContext } from './sim-context';
import { stockRoutes } from './stock-routes';

/**
 * The bridge endpoints the extension serves for the companion (BRIDGE, STOCK, CATALOG,
 * LIFECYCLE and LOOKUP_PATHS).
 */
export function bridgeRoutes(ctx: SimContext): Router {
  const { store } = ctx;
  const router = Router();

  router.get('/orders', (req, res) => {
    const query = ModifiedOrdersQuery.safeParse(req.query);
    if (!query.success) return sendInvalid(res, query.error);
    res.json(modifiedOrdersPage(store.listOrders(), query.data));
  });

  router.get('/orders/:orderGuid', (req, res) => {
    const guid = KenticoOrderGuid.safeParse(req.params.orderGuid);
    if (!guid.success) return sendInvalid(res, guid.error, 'orderGuid');
    const order = store.getOrder(guid.data);
    if (!order) return sendError(res, 404, { error: `Order ${guid.data} not found` });
    // Shipments live in the extension's table and are joined in here. KenticoOrder does not
    // list them, but zod objects strip unknown keys, so the extra field breaks no parser.
    res.json({ ...order, BpcShipments: store.shipments.list(order.OrderGUID) });
  });

  router.put('/orders/:orderGuid/brightpearl-order', (req, res) => {
    const guid = KenticoOrderGuid.safeParse(req.params.orderGuid);
    if (!guid.success) return sendInvalid(res, guid.error, 'orderGuid');
    const body = readBody(req, res, SetBrightpearlOrderIdBody);
    if (!body) return;
    if (!store.getOrder(guid.data)) {
      return sendError(res, 404, { error: `Order ${guid.data} not found` });
    }
    const existing = store.getBinding(guid.data);
    if (existing && existing.brightpearlOrderId !== body.brightpearlOrderId) {
      const error = `Order is already linked to Brightpearl order ${existing.brightpearlOrderId}`;
      return sendError(res, 409, { error, field: 'brightpearlOrderId' });
    }
    // Same id again is a retry of a call that already succeeded: keep the first syncedAt.
    if (!existing) store.setBinding(guid.data, body);
    res.status(204).end();
  });

  router.use(stockRoutes(store), productRoutes(store), lookupRoutes(store.reference));
  router.use(catchUpRoutes(ctx));
  router.use(orderLifecycleRoutes(ctx), refundRoutes(ctx), customerRoutes(ctx));
  router.use((req, res) => sendError(res, 404, { error: `No route ${req.method} ${req.path}` }));
  return router;
}
