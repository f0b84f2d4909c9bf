import type { JobQueue } from '../../queue';

/**
 * A Kentico status change bumps OrderModifiedWhen, so a dropped `order.status-changed` shows up
 * in the order walk: every synced order on the page gets the ordinary Kentico status job. That
 * job reads the order from Kentico and compares its status with order_status_sync first, so an
 * order whose status is already known costs no Brightpearl call; a changed one is pushed, and a
 * "paid" status makes the payment due, exactly as if the event had arrived.
 */
export async function enqueueStatusChecks(
  queue: JobQueue,
  orderGuids: readonly string[],
): Promise<void> {
  for (const orderGuid of orderGuids)
    await queue.enqueue('order-status', { source: 'kentico', orderGuid });
}
