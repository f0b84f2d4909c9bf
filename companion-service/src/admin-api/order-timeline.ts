import type { OrderTimelineEntry } from '@bpkc/shared-types';

import type { Db } from '../store';
import { type DbTime, iso } from './sql-values';

interface TimelineRow {
  at: DbTime;
  kind: OrderTimelineEntry['kind'];
  title: string;
  details: unknown;
}

/**
 * Everything known about one order, oldest first: Kentico events, the sync's milestones
 * (create sent, synced, id written back, payment, shipments, refunds), failures and operator
 * actions. Attempts are counted on the order; each failed one leaves its error or a failure.
 */
const TIMELINE = `
SELECT received_at AS at, 'event' AS kind, source || ' ' || type AS title,
  jsonb_build_object('eventId', event_id) AS details
FROM inbox_events WHERE object_key = $1::text
UNION ALL SELECT at, 'milestone', title, details FROM order_sync o, LATERAL (VALUES
  (o.received_at, 'received by the companion', NULL::jsonb),
  (o.create_sent_at, 'create sent to Brightpearl', NULL),
  (o.synced_at, 'synced to Brightpearl',
    jsonb_build_object('brightpearlOrderId', o.brightpearl_order_id, 'attempts', o.attempts)),
  (o.written_back_at, 'Brightpearl id written to Kentico', NULL)
) AS m(at, title, details) WHERE o.order_guid = $1::uuid AND m.at IS NOT NULL
UNION ALL SELECT recorded_at, 'milestone', 'payment recorded in Brightpearl',
  jsonb_build_object('paymentId', brightpearl_payment_id)
FROM order_payments WHERE order_guid = $1::uuid AND recorded_at IS NOT NULL
UNION ALL SELECT recorded_at, 'milestone', 'shipment recorded',
  jsonb_build_object('goodsOutNoteId', goods_out_note_id)
FROM shipments WHERE order_guid = $1::uuid
UNION ALL SELECT updated_at, 'milestone', 'refund ' || state,
  jsonb_build_object('refundGuid', refund_guid, 'creditId', brightpearl_credit_id)
FROM refund_sync WHERE order_guid = $1::uuid
UNION ALL SELECT created_at, 'failure', flow || ': ' || reason,
  jsonb_build_object('failureId', id, 'message', message, 'resolvedAt', resolved_at)
FROM dead_letters WHERE record_key = $1::text
UNION ALL SELECT at, 'audit', action || ' by ' || actor, details
FROM audit_log WHERE target = 'order:' || $1::text OR details->>'recordKey' = $1::text
ORDER BY at, kind`;

export async function readOrderTimeline(db: Db, orderGuid: string): Promise<OrderTimelineEntry[]> {
  const rows = await db.query<TimelineRow>(TIMELINE, [orderGuid]);
  return rows.map((row) => ({
    at: iso(row.at),
    kind: row.kind,
    title: row.title,
    ...(row.details === null ? {} : { details: row.details }),
  }));
}
