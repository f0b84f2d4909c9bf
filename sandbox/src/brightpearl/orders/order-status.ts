import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, notFound, parseBody } from '../errors';
import { amountSettled } from '../payments/payment-status';
import type { RouteContext } from '../route';
import { formatTimestamp } from '../state';
import type { StoredOrder } from '../state';
import { notesOfOrder } from '../warehouse/goods-out-quantities';
import { releaseOrder } from '../warehouse/goods-out-stock';
import { allStatuses } from './order-codes';

/** `orderNote` (optional, reference §5.7) is accepted and not kept. */
const StatusUpdate = z.object({
  orderStatusId: z.number().int().positive(),
  orderNote: z.unknown().optional(),
});

const rule = (message: string) => BrightpearlError.of(400, ERROR_CODES.orderStatusRule, message);

/**
 * PUT /order-service/order/{id}/status → `{}` (reference §5.7). The status must exist, belong to
 * the order's type and not be hidden or disabled. Cancelling needs no goods-out notes, a status
 * that is not "invoiced" and no payments; it then removes the order's reservations. A real change
 * raises `order.modified.order-status` (§10.3). Error codes are UNCONFIRMED.
 */
export function updateOrderStatus(context: RouteContext): void {
  const { state } = context;
  const order = state.orders.get(Number(context.params['id']));
  if (!order) throw notFound(`Cannot find order ${context.params['id'] ?? ''}`);
  const { orderStatusId } = parseBody(StatusUpdate, context.body, ERROR_CODES.orderValidation);
  const statuses = allStatuses(state);
  const status = statuses.find((candidate) => candidate.statusId === orderStatusId);
  if (!status || status.orderTypeCode !== order.orderTypeCode) {
    const kind = order.orderTypeCode === 'SC' ? 'sales credits' : 'sales orders';
    const message = `Order status ${orderStatusId} does not exist for ${kind}`;
    throw BrightpearlError.of(400, ERROR_CODES.orderUnknownReference, message);
  }
  if (status.disabled || !status.visible) {
    throw rule(`Order status ${orderStatusId} is hidden or disabled`);
  }
  if (orderStatusId === order.statusId) return;
  const current = statuses.find((candidate) => candidate.statusId === order.statusId);
  const cancelling = status.state === 'cancelled';
  if (cancelling) checkCancellable(context, { order, currentState: current?.state });
  order.statusId = orderStatusId;
  order.updatedOn = formatTimestamp(context.now());
  if (cancelling) releaseOrder(context, order);
  context.emit({
    resourceType: 'order',
    lifecycleEvent: 'modified',
    specifier: 'order-status',
    ids: [order.id],
  });
}

function checkCancellable(
  context: RouteContext,
  { order, currentState }: { order: StoredOrder; currentState: string | undefined },
): void {
  if (notesOfOrder(context.state, order.id).length > 0) {
    throw rule(`Order ${order.id} cannot be cancelled: it has goods-out notes`);
  }
  if (currentState === 'invoiced') {
    throw rule(`Order ${order.id} cannot be cancelled: it has been invoiced`);
  }
  if (amountSettled(context.state, order) !== 0) {
    throw rule(`Order ${order.id} cannot be cancelled: payments have been taken`);
  }
}
