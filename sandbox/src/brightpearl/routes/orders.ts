import { idsFromPath, pickByIds } from '../id-params';
import { createSalesCredit } from '../orders/create-credit';
import { createSalesOrder } from '../orders/create-order';
import { addNote, getCustomFields, patchCustomFields } from '../orders/order-annotations';
import { orderSearch, salesOrderSearch } from '../orders/order-search';
import { lowLevelOrderView } from '../orders/order-view';
import { updateOrderStatus } from '../orders/order-status';
import { salesOrderView } from '../orders/sales-order-view';
import { created, ok } from '../route';
import type { Route, RouteContext } from '../route';
import { runSearch } from '../search/search-engine';
import type { OrderTypeCode } from '../state';

/** Unknown order ids are simply absent: `GET order/999` → 200 `[]` (reference §3.3, [REC]). */
function ordersFor(context: RouteContext, resource: string) {
  return pickByIds(context.state.orders, idsFromPath(context.params['idSet'], resource));
}

/** sales-order / sales-credit GET serve their own order type only (an SC is no sales order). */
const ofType = (context: RouteContext, resource: string, type: OrderTypeCode) =>
  ordersFor(context, resource)
    .filter((order) => order.orderTypeCode === type)
    .map((order) => salesOrderView(context.state, order));

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
    handle: (context) => ok(ofType(context, '/sales-order', 'SO')),
  },
  {
    method: 'POST',
    path: '/order-service/sales-credit',
    messageType: 'post-sales-credit',
    needsBody: true,
    handle: (context) => created(createSalesCredit(context)),
  },
  {
    // Shape: the sales-order resource with parentId (reference §9.2); not-found as order GET.
    method: 'GET',
    path: '/order-service/sales-credit/:idSet',
    messageType: 'get-sales-credit',
    handle: (context) => ok(ofType(context, '/sales-credit', 'SC')),
  },
  {
    method: 'PUT',
    path: '/order-service/order/:id/status',
    messageType: 'put-order-status',
    needsBody: true,
    handle: (context) => {
      updateOrderStatus(context);
      return { status: 200, body: {} };
    },
  },
  {
    method: 'PATCH',
    path: '/order-service/order/:id/custom-field',
    messageType: 'patch-order-custom-field',
    needsBody: true,
    handle: (context) => ok(patchCustomFields(context)),
  },
  {
    method: 'GET',
    path: '/order-service/order/:id/custom-field',
    messageType: 'get-order-custom-field',
    handle: (context) => ok(getCustomFields(context)),
  },
  {
    method: 'POST',
    path: '/order-service/order/:id/note',
    messageType: 'post-order-note',
    needsBody: true,
    handle: (context) => created(addNote(context)),
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
