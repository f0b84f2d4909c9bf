import type { Db } from '../store';
import { ORDERS_IN_FLIGHT } from '../sync/orders/order-sync-reads';
import { pruneInBatches } from './batches';

/**
 * Received events (both platforms) older than the cutoff whose record has no work left. An
 * event is kept while its record is still pending (order or refund not synced, payment not
 * recorded) or has an open dead letter: that is where someone may still need it. Deleting an
 * old event only frees its id: a redelivery would be accepted again, and every flow is
 * idempotent on its own record (a synced order is not created twice).
 */
const PRUNE_PROCESSED_EVENTS = `
DELETE FROM inbox_events WHERE event_id IN (
  SELECT e.event_id FROM inbox_events e
  WHERE e.received_at < $1::timestamptz
    AND NOT EXISTS (SELECT 1 FROM ${ORDERS_IN_FLIGHT} o WHERE o.order_guid::text = e.object_key)
    AND NOT EXISTS (SELECT 1 FROM refund_sync r
      WHERE r.refund_guid::text = e.object_key AND r.state = 'pending')
    AND NOT EXISTS (SELECT 1 FROM order_payments p
      WHERE p.order_guid::text = e.object_key AND p.state IN ('due', 'sent'))
    AND NOT EXISTS (SELECT 1 FROM dead_letters d
      WHERE d.record_key = e.object_key AND d.resolved_at IS NULL)
  LIMIT $2)
RETURNING event_id`;

export function pruneProcessedEvents(db: Db, before: Date, batchSize?: number): Promise<number> {
  return pruneInBatches(db, { sql: PRUNE_PROCESSED_EVENTS, before, batchSize });
}
