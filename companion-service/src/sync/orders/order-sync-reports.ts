import type { Db } from '../../store';
import type { OrderSyncState } from './order-sync-repository';

/** Reads for the admin screens and the status figures (part of the order_sync repository). */

type DbTime = Date | string;
type DbCount = number | string;

export interface OrderReportRow {
  order_guid: string;
  order_number: string | null;
  brightpearl_order_id: number | string | null;
  state: OrderSyncState;
  attempts: number;
  last_error: string | null;
  received_at: DbTime;
  synced_at: DbTime | null;
  create_sent_at: DbTime | null;
  written_back_at: DbTime | null;
  brightpearl_calls: number;
  customer_email: string | null;
}

const COLUMNS = `order_guid, order_number, brightpearl_order_id, state, attempts, last_error,
  received_at, synced_at, create_sent_at, written_back_at, brightpearl_calls, customer_email`;

/**
 * $1 search: part of the order number, the whole order GUID, the Brightpearl id or the whole
 * customer e-mail (stored lowercase, so any case matches); $2 state.
 * LIKE wildcards in the search are matched literally.
 */
const FILTER = `WHERE ($2::text IS NULL OR state = $2) AND ($1::text IS NULL
  OR order_number ILIKE '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
  OR order_guid::text = lower($1)
  OR brightpearl_order_id::text = $1
  OR customer_email = lower($1))`;

export interface OrderSearch {
  search: string | null;
  state: OrderSyncState | null;
  limit: number;
  offset: number;
}

/** One page of orders, newest first, and how many match in all. */
export async function searchOrders(
  db: Db,
  query: OrderSearch,
): Promise<{ rows: OrderReportRow[]; total: number }> {
  const filters = [query.search, query.state];
  const rows = await db.query<OrderReportRow>(
    `SELECT ${COLUMNS} FROM order_sync ${FILTER}
     ORDER BY received_at DESC, order_guid LIMIT $3 OFFSET $4`,
    [...filters, query.limit, query.offset],
  );
  const [count] = await db.query<{ n: DbCount }>(
    `SELECT count(*) AS n FROM order_sync ${FILTER}`,
    filters,
  );
  return { rows, total: Number(count?.n ?? 0) };
}

export async function readOrderReport(
  db: Db,
  orderGuid: string,
): Promise<OrderReportRow | undefined> {
  const [row] = await db.query<OrderReportRow>(
    `SELECT ${COLUMNS} FROM order_sync WHERE order_guid = $1`,
    [orderGuid],
  );
  return row;
}

export interface OrderMilestone {
  at: DbTime;
  title: string;
  details: Record<string, unknown> | null;
}

/**
 * The order flow's milestones of one order, oldest first: one "synced" per sync (ADR 0012); an
 * order with no history rows (written by older code) shows the sync time it has.
 */
export async function orderMilestones(db: Db, orderGuid: string): Promise<OrderMilestone[]> {
  return db.query<OrderMilestone>(
    `SELECT at, title, details FROM order_sync o, LATERAL (VALUES
       (o.received_at, 'received by the companion', NULL::jsonb),
       (o.held_at, 'held for review', jsonb_build_object('findings', o.findings)),
       (o.approved_at, 'approved for sending', jsonb_build_object('by', o.approved_by)),
       (CASE WHEN o.state IN ('rejected', 'skipped') THEN o.decided_at END,
        CASE WHEN o.state = 'rejected' THEN 'rejected: not sent' ELSE 'skipped by a rule' END,
        jsonb_strip_nulls(jsonb_build_object('by', o.decided_by, 'reason', o.decision_reason))),
       (o.create_sent_at, 'create sent to Brightpearl',
        CASE WHEN jsonb_array_length(coalesce(o.findings, '[]'::jsonb)) > 0
          THEN jsonb_build_object('findings', o.findings) END),
       (o.written_back_at, 'Brightpearl id written to Kentico', NULL)
     ) AS m(at, title, details) WHERE o.order_guid = $1::uuid AND m.at IS NOT NULL
     UNION ALL SELECT synced_at, 'synced to Brightpearl', jsonb_strip_nulls(jsonb_build_object(
       'brightpearlOrderId', brightpearl_order_id, 'attempts', attempts, 'trigger', trigger,
       'mappingVersion', mapping_version))
     FROM order_sync_history WHERE order_guid = $1::uuid
     UNION ALL SELECT synced_at, 'synced to Brightpearl', jsonb_build_object(
       'brightpearlOrderId', brightpearl_order_id, 'attempts', attempts)
     FROM order_sync o WHERE order_guid = $1::uuid AND synced_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM order_sync_history h WHERE h.order_guid = o.order_guid)
     ORDER BY at`,
    [orderGuid],
  );
}
