import {
  OrderDetail,
  OrderGuidParams,
  OrderListQuery,
  OrderPage,
  ResendRequest,
  ResendResult,
} from '@bpkc/shared-types';

import type { AdminApiDeps } from './deps';
import { orderLinkFrom } from './order-link';
import { listOrders, readOrderDetail } from './order-queries';
import { resendOrder } from './resend-order';
import { type AdminRoute, defineRoute } from './route';

export function orderRoutes(deps: AdminApiDeps): AdminRoute[] {
  const { accountCode } = deps.connection.brightpearl;
  const queries = { db: deps.db, orderLink: orderLinkFrom(deps.orderLinkTemplate, accountCode) };
  return [
    defineRoute({
      method: 'get',
      path: '/orders',
      summary: 'Orders, newest first; search by order number, GUID, Brightpearl id or e-mail',
      query: OrderListQuery,
      response: OrderPage,
      handler: ({ query }) => listOrders(queries, query),
    }),
    defineRoute({
      method: 'get',
      path: '/orders/:orderGuid',
      summary: 'One order with its timeline (events, milestones, failures, operator actions)',
      params: OrderGuidParams,
      response: OrderDetail,
      handler: ({ params }) => readOrderDetail(queries, params.orderGuid),
    }),
    defineRoute({
      method: 'post',
      path: '/orders/:orderGuid/resend',
      summary: 'Force a fresh sync: Brightpearl is searched by externalRef first, never duplicated',
      params: OrderGuidParams,
      body: ResendRequest,
      response: ResendResult,
      status: 202,
      handler: ({ params, body, actor }) =>
        resendOrder(deps, { orderGuid: params.orderGuid, actor: actor.sub, comment: body.comment }),
    }),
  ];
}
