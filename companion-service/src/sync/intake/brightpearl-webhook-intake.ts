import { createHash } from 'node:crypto';

import { MAX_WEBHOOK_IDS, parseIdRanges, type WebhookDelivery } from '@bpkc/shared-types';

import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { type DirtyKind, markDirtyRanges } from '../dirty-records';
import { storeInboxEvent } from './inbox-repository';

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
 * The id set stays ranges until the database expands it, chunk by chunk (markDirtyRanges).
 * The delivery must have passed the WebhookDelivery schema (which bounds the id set).
 */
export async function acceptBrightpearlWebhook(
  deps: { db: Db; queue: JobQueue },
  delivery: WebhookDelivery,
): Promise<{ duplicate: boolean; ids: number }> {
  const { ranges, count } = parseIdRanges(delivery.id, { maxIds: MAX_WEBHOOK_IDS });
  const kind = dirtyKindOf(delivery);
  return deps.db.transaction(async (tx) => {
    const stored = await storeInboxEvent(tx, {
      eventId: deliveryId(delivery),
      source: 'brightpearl',
      type: delivery.fullEvent,
      objectKey: delivery.id.slice(0, 500),
      payload: delivery,
    });
    if (!stored) return { duplicate: true, ids: count };
    if (kind) {
      await markDirtyRanges(tx, kind, ranges);
      await deps.queue.enqueue(
        QUEUE_OF[kind],
        { trigger: 'webhook', source: 'brightpearl' },
        { db: tx },
      );
    }
    return { duplicate: false, ids: count };
  });
}

/** Deliveries carry no id of their own: the same event, ids and time make the same delivery. */
function deliveryId(delivery: WebhookDelivery): string {
  const hex = createHash('sha256')
    .update(`${delivery.fullEvent}|${delivery.id}|${delivery.raisedOn}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
