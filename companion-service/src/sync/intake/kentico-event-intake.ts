import type { KenticoEvent } from '@bpkc/shared-types';

import type { JobQueue, QueueName } from '../../queue';
import type { Db } from '../../store';
import { storeInboxEvent } from './inbox-repository';
import { ensureOrderSync } from '../orders/order-sync-repository';
import type { OrderSyncJob } from '../orders/order-sync-job';

const ORDER_EVENTS = new Set(['order.created', 'order.updated']);

/** Events that start one job each (an order event also makes the order known to its flow). */
const FOLLOW_UPS: Partial<
  Record<KenticoEvent['type'], { queue: QueueName; data: (guid: string) => unknown }>
> = {
  'product.updated': { queue: 'product-create', data: (productGuid) => ({ productGuid }) },
  'order.status-changed': {
    queue: 'order-status',
    data: (orderGuid) => ({ source: 'kentico', orderGuid }),
  },
  'refund.created': { queue: 'refunds', data: (refundGuid) => ({ refundGuid }) },
  'customer.created': { queue: 'customers', data: (customerGuid) => ({ customerGuid }) },
  'customer.updated': { queue: 'customers', data: (customerGuid) => ({ customerGuid }) },
};

/**
 * Stores the event (deduplicated by eventId) and enqueues its job in ONE transaction, so an
 * acknowledged event is always durable and never processed twice. Event types without a flow
 * yet are kept in the inbox for the flows that will read them.
 */
export async function acceptKenticoEvent(
  deps: { db: Db; queue: JobQueue },
  event: KenticoEvent,
): Promise<{ duplicate: boolean; enqueued: boolean }> {
  return deps.db.transaction(async (tx) => {
    const stored = await storeInboxEvent(tx, {
      eventId: event.eventId,
      source: 'kentico',
      type: event.type,
      objectKey: event.objectGuid,
      payload: event,
    });
    if (!stored) return { duplicate: true, enqueued: false };
    const follow = FOLLOW_UPS[event.type];
    if (follow) {
      await deps.queue.enqueue(follow.queue, follow.data(event.objectGuid), { db: tx });
      return { duplicate: false, enqueued: true };
    }
    if (!ORDER_EVENTS.has(event.type)) return { duplicate: false, enqueued: false };
    await ensureOrderSync(tx, event.objectGuid);
    const job: OrderSyncJob = {
      orderGuid: event.objectGuid as OrderSyncJob['orderGuid'],
      trigger: 'event',
      eventId: event.eventId,
    };
    await deps.queue.enqueue('order-sync', job, { db: tx });
    return { duplicate: false, enqueued: true };
  });
}
