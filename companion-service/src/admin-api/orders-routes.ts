import {
  OrderDetail,
  OrderGuidParams,
  OrderListQuery,
  OrderPage,
  ResendRequest,
  ResendResult,
} from '@bpkc/shared-types';

import { writeAudit } from '../audit/audit-log';
import { resendOrder } from '../sync/orders/resend';
import type { AdminApiDeps } from './deps';
import { orderLinkFrom } from './order-link';
import { listOrders, readOrderDetail } from './order-queries';
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
        resend(deps, { orderGuid: params.orderGuid, actor: actor.sub, comment: body.comment }),
    }),
  ];
}

/** The order flow's resend and its audit entry, in one transaction. */
function resend(
  deps: Pick<AdminApiDeps, 'db' | 'queue'>,
  input: { orderGuid: OrderGuidParams['orderGuid']; actor: string; comment?: string },
): Promise<ResendResult> {
  const { orderGuid } = input;
  return deps.db.transaction(async (tx) => {
    const { previousState, jobId } = await resendOrder(tx, { queue: deps.queue, orderGuid });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'order.resend',
      target: `order:${orderGuid}`,
      details: { previousState, jobId, comment: input.comment ?? null },
    });
    return { orderGuid, state: 'pending', jobId };
  });
}
