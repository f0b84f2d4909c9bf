import { createHash } from 'node:crypto';

import { MAX_WEBHOOK_IDS, parseIdRanges, type WebhookDelivery } from '@bpkc/shared-types';

import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { type DirtyKind, markDirtyRanges } from '../dirty-records';
import { storeInboxEvents } from './inbox-repository';

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

export interface WebhookOutcome {
  duplicate: boolean;
  ids: number;
}

/**
 * Stores a batch of deliveries (deduplicated: Brightpearl delivers at least once), marks their
 * ids dirty and enqueues ONE job per flow they feed, in one transaction — only then is any of
 * them acknowledged. A burst of deliveries is thus one inbox insert and a few jobs, not a job
 * each: the flow's job drains every dirty id anyway. The id sets stay ranges until the database
 * expands them, chunk by chunk (markDirtyRanges). Deliveries must have passed the
 * WebhookDelivery schema (which bounds the id set). One outcome per delivery, in order.
 */
export async function acceptBrightpearlWebhooks(
  deps: { db: Db; queue: JobQueue },
  deliveries: readonly WebhookDelivery[],
): Promise<WebhookOutcome[]> {
  const parsed = deliveries.map((delivery) => ({
    delivery,
    eventId: deliveryId(delivery),
    kind: dirtyKindOf(delivery),
    ...parseIdRanges(delivery.id, { maxIds: MAX_WEBHOOK_IDS }),
  }));
  return deps.db.transaction(async (tx) => {
    const fresh = await storeInboxEvents(
      tx,
      parsed.map(({ delivery, eventId }) => ({
        eventId,
        source: 'brightpearl' as const,
        type: delivery.fullEvent,
        objectKey: delivery.id.slice(0, 500),
        payload: delivery,
      })),
    );
    const firstSeen = new Set<string>();
    const isNew = parsed.map(({ eventId }) => {
      const first = fresh.has(eventId) && !firstSeen.has(eventId);
      firstSeen.add(eventId);
      return first;
    });
    const rangesOf = new Map<DirtyKind, Array<{ from: number; to: number }>>();
    for (const [index, { kind, ranges }] of parsed.entries()) {
      if (!isNew[index] || !kind) continue;
      rangesOf.set(kind, [...(rangesOf.get(kind) ?? []), ...ranges]);
    }
    // Marked kind by kind, lowest ids first, as every writer of dirty_records locks its rows:
    // two batches (or a batch and a stock job's release) never wait on each other in a cycle.
    const kinds = [...rangesOf.keys()].sort();
    for (const kind of kinds) {
      const ranges = (rangesOf.get(kind) ?? []).sort((a, b) => a.from - b.from);
      await markDirtyRanges(tx, kind, ranges);
    }
    const jobs = kinds.map((kind) => ({
      queue: QUEUE_OF[kind],
      data: { trigger: 'webhook', source: 'brightpearl' },
    }));
    await deps.queue.enqueueMany(jobs, { db: tx });
    return parsed.map(({ count }, index) => ({ duplicate: !isNew[index], ids: count }));
  });
}

/** Deliveries carry no id of their own: the same event, ids and time make the same delivery. */
function deliveryId(delivery: WebhookDelivery): string {
  const hex = createHash('sha256')
    .update(`${delivery.fullEvent}|${delivery.id}|${delivery.raisedOn}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
