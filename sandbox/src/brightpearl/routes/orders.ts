import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import { idsFromPath, pickByIds } from '../id-params';
import { createSalesOrder } from '../orders/create-order';
import { orderSearch, salesOrderSearch } from '../orders/order-search';
import { lowLevelOrderView } from '../orders/order-view';
import { salesOrderView } from '../orders/sales-order-view';
import { created, ok } from '../route';
import type { Route, RouteContext } from '../route';
import { runSearch } from '../search/search-engine';
import { formatTimestamp } from '../state';

const StatusUpdate = z.object({ orderStatusId: z.number().int().positive() });

/** Unknown order ids are simply absent: `GET order/999` → 200 `[]` (reference §3.3, [REC]). */
function ordersFor(context: RouteContext, resource: string) {
  return pickByIds(context.state.orders, idsFromPath(context.params['idSet'], resource));
}

/** PUT order/{id}/status → `{}` (reference §5.7); the status must exist and be a sales status. */
function updateStatus(context: RouteContext) {
  const { state } = context;
  const order = state.orders.get(Number(context.params['id']));
  if (!order) throw notFound(`Cannot find order ${context.params['id']}`);
  const { orderStatusId } = parseBody(StatusUpdate, context.body, ERROR_CODES.orderValidation);
  const status = state.lookups.orderStatuses.find(
    (candidate) => candidate.statusId === orderStatusId,
  );
  if (!status || status.orderTypeCode !== 'SO') {
    const message = `Order status ${orderStatusId} does not exist for sales orders`;
    throw BrightpearlError.of(400, ERROR_CODES.orderUnknownReference, message);
  }
  const changed = order.statusId !== orderStatusId;
  order.statusId = orderStatusId;
  order.updatedOn = formatTimestamp(context.now());
  if (changed) {
    context.emit({
      resourceType: 'order',
      lifecycleEvent: 'modified',
      specifier: 'order-status',
      ids: [order.id],
    });
  }
  return { status: 200, body: {} };
}

export const orderRoutes: Route[] = [
  {
    method: 'POST',
    path: '/order-service/sales-order',
    messageType: 'post-sales-order',
    needsBody: true,
    handle: (context) => created(createSalesOrder(context)),
  },
  {
    method: 'GET',
    path: '/order-service/order/:idSet',
    messageType: 'get-order',
    handle: (context) =>
      ok(ordersFor(context, '/order').map((order) => lowLevelOrderView(context.state, order))),
  },
  {
    // Not-found behaviour of the new resource is UNCONFIRMED; mirrored from order GET.
    method: 'GET',
    path: '/order-service/sales-order/:idSet',
    messageType: 'get-sales-order',
    handle: (context) =>
      ok(ordersFor(context, '/sales-order').map((order) => salesOrderView(context.state, order))),
  },
  {
    method: 'PUT',
    path: '/order-service/order/:id/status',
    messageType: 'put-order-status',
    needsBody: true,
    handle: updateStatus,
  },
  {
    method: 'GET',
    path: '/order-service/order-search',
    messageType: 'bulk-data-search',
    handle: (context) => runSearch(orderSearch(context.state), context.query),
  },
  {
    method: 'GET',
    path: '/order-service/sales-order-search',
    messageType: 'bulk-data-search',
    handle: (context) => runSearch(salesOrderSearch(context.state), context.query),
  },
];
