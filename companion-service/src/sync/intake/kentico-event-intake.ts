import type { KenticoEvent } from '@bpkc/shared-types';

import type { JobQueue, QueueName } from '../../queue';
import type { Db } from '../../store';
import { storeInboxEvents } from './inbox-repository';
import { ensureOrderSync } from '../orders/order-sync-repository';
import type { OrderSyncJob } from '../orders/order-sync-job';

export interface KenticoEventOutcome {
  duplicate: boolean;
  enqueued: boolean;
}

/** The job an event starts (an order event also makes the order known to its flow). */
const FOLLOW_UPS: Partial<
  Record<KenticoEvent['type'], { queue: QueueName; data: (event: KenticoEvent) => unknown }>
> = {
  'order.created': { queue: 'order-sync', data: orderSyncJob },
  'order.updated': { queue: 'order-sync', data: orderSyncJob },
  'product.updated': { queue: 'product-create', data: (e) => ({ productGuid: e.objectGuid }) },
  'order.status-changed': {
    queue: 'order-status',
    data: (e) => ({ source: 'kentico', orderGuid: e.objectGuid }),
  },
  'refund.created': { queue: 'refunds', data: (e) => ({ refundGuid: e.objectGuid }) },
  'customer.created': { queue: 'customers', data: (e) => ({ customerGuid: e.objectGuid }) },
  'customer.updated': { queue: 'customers', data: (e) => ({ customerGuid: e.objectGuid }) },
};

function orderSyncJob(event: KenticoEvent): OrderSyncJob {
  return {
    orderGuid: event.objectGuid as OrderSyncJob['orderGuid'],
    trigger: 'event',
    eventId: event.eventId,
  };
}

/**
 * Stores a batch of events (deduplicated by eventId) and enqueues their jobs in ONE
 * transaction, so every acknowledged event is durable and never processed twice: the inbox in
 * one insert, the jobs in one insert. Event types without a flow are kept in the inbox for the
 * flows that will read them. One outcome per event, in order.
 */
export async function acceptKenticoEvents(
  deps: { db: Db; queue: JobQueue },
  events: readonly KenticoEvent[],
): Promise<KenticoEventOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const fresh = await storeInboxEvents(
      tx,
      events.map((event) => ({
        eventId: event.eventId,
        source: 'kentico' as const,
        type: event.type,
        objectKey: event.objectGuid,
        payload: event,
      })),
    );
    // The same id twice in one batch (an outbox retry racing its first try): the first is new.
    const firstSeen = new Set<string>();
    const isNew = events.map((event) => {
      const id = event.eventId.toLowerCase();
      const first = fresh.has(id) && !firstSeen.has(id);
      firstSeen.add(id);
      return first;
    });
    const started = events.filter((_, index) => isNew[index]);
    await ensureOrdersKnown(tx, started);
    const jobs = started.flatMap((event) => {
      const follow = FOLLOW_UPS[event.type];
      return follow ? [{ queue: follow.queue, data: follow.data(event) }] : [];
    });
    await deps.queue.enqueueMany(jobs, { db: tx });
    return events.map((event, index) => ({
      duplicate: !isNew[index],
      enqueued: isNew[index]! && FOLLOW_UPS[event.type] !== undefined,
    }));
  });
}

async function ensureOrdersKnown(tx: Db, events: readonly KenticoEvent[]): Promise<void> {
  const orders = new Set(
    events
      .filter((event) => event.type === 'order.created' || event.type === 'order.updated')
      .map((event) => event.objectGuid.toLowerCase()),
  );
  // Sorted: two batches touching the same orders lock their rows in the same order.
  for (const orderGuid of [...orders].sort()) await ensureOrderSync(tx, orderGuid);
}
