import type { KenticoOrder } from '@bpkc/shared-types';

import type { SimContext, SyncOrigin } from './sim-context';

export type StatusOutcome = 'changed' | 'unchanged' | 'unknown-status';

/**
 * Sets OrderOrderStatusID as any save of the OrderInfo does, by status code name (names are
 * project-defined, §3.4, so an unknown one is refused rather than invented). The object-event
 * handler then fires whoever saved: `order.status-changed` is emitted for Brightpearl-caused
 * changes too, because a thin event has nowhere to carry the origin. Only the extension's own
 * column remembers it. Saving the same status is no change: no bump, no event.
 */
export function applyOrderStatus(
  ctx: SimContext,
  order: KenticoOrder,
  change: { statusName: string; origin: SyncOrigin },
): StatusOutcome {
  const status = ctx.store.reference.orderStatuses.find(change.statusName);
  if (!status) return 'unknown-status';
  if (status.OrderStatusID === order.OrderOrderStatusID) return 'unchanged';
  order.OrderOrderStatusID = status.OrderStatusID;
  order.OrderStatusName = status.OrderStatusName;
  order.OrderModifiedWhen = ctx.now();
  ctx.store.setStatusOrigin(order.OrderGUID, change.origin);
  ctx.emit('order.status-changed', order.OrderGUID, { occurredAt: order.OrderModifiedWhen });
  return 'changed';
}
