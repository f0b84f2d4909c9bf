import { createHash } from 'node:crypto';

import { parseIdSet, type WebhookDelivery } from '@bpkc/shared-types';

import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { type DirtyKind, markDirty } from '../dirty-records';
import { storeInboxEvent } from './inbox-repository';

/** Bulk updates arrive as one id set; a bound keeps a hostile "1-999999999" from exploding. */
const MAX_IDS_PER_DELIVERY = 200_000;

const QUEUE_OF = {
  stock: 'stock-sync',
  catalog: 'catalog-sync',
  shipment: 'shipments',
  'order-status': 'order-status',
} as const satisfies Record<DirtyKind, string>;

/** Which flow a delivery feeds; null for events no flow uses (stored, acknowledged, ignored). */
export function dirtyKindOf(delivery: WebhookDelivery): DirtyKind | null {
  if (delivery.fullEvent === 'product.modified.on-hand-modified') return 'stock';
  if (delivery.fullEvent === 'goods-out-note.modified.shipped') return 'shipment';
  if (delivery.fullEvent === 'order.modified.order-status') return 'order-status';
  if (delivery.resourceType === 'product') return 'catalog';
  return null;
}

/**
 * Stores the delivery (deduplicated: Brightpearl delivers at least once), marks its ids dirty
 * and enqueues the flow's job, in one transaction — only then is the delivery acknowledged.
 */
export async function acceptBrightpearlWebhook(
  deps: { db: Db; queue: JobQueue },
  delivery: WebhookDelivery,
): Promise<{ duplicate: boolean; ids: number }> {
  const ids = parseIdSet(delivery.id, MAX_IDS_PER_DELIVERY);
  const kind = dirtyKindOf(delivery);
  return deps.db.transaction(async (tx) => {
    const stored = await storeInboxEvent(tx, {
      eventId: deliveryId(delivery),
      source: 'brightpearl',
      type: delivery.fullEvent,
      objectKey: delivery.id.slice(0, 500),
      payload: delivery,
    });
    if (!stored) return { duplicate: true, ids: ids.length };
    if (kind) {
      await markDirty(tx, kind, ids);
      await deps.queue.enqueue(
        QUEUE_OF[kind],
        { trigger: 'webhook', source: 'brightpearl' },
        { db: tx },
      );
    }
    return { duplicate: false, ids: ids.length };
  });
}

/** Deliveries carry no id of their own: the same event, ids and time make the same delivery. */
function deliveryId(delivery: WebhookDelivery): string {
  const hex = createHash('sha256')
    .update(`${delivery.fullEvent}|${delivery.id}|${delivery.raisedOn}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
