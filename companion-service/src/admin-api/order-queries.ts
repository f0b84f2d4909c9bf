import type { OrderDetail, OrderListQuery, OrderPage, OrderSummary } from '@bpkc/shared-types';

import type { Db } from '../store';
import { NotFoundError } from './errors';
import type { OrderLink } from './order-link';
import { readOrderTimeline } from './order-timeline';
import { type DbTime, iso, isoOrNull, numberOrNull } from './sql-values';

interface OrderRow {
  order_guid: string;
  order_number: string | null;
  brightpearl_order_id: number | string | null;
  state: OrderSummary['state'];
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

/** Where the queries read, and how they link an order to Brightpearl. */
export interface OrderQueryDeps {
  db: Db;
  orderLink: OrderLink;
}

export async function listOrders(
  { db, orderLink }: OrderQueryDeps,
  query: OrderListQuery,
): Promise<OrderPage> {
  const filters = [query.search ?? null, query.state ?? null];
  const rows = await db.query<OrderRow>(
    `SELECT ${COLUMNS} FROM order_sync ${FILTER}
     ORDER BY received_at DESC, order_guid LIMIT $3 OFFSET $4`,
    [...filters, query.limit, query.offset],
  );
  const [count] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM order_sync ${FILTER}`,
    filters,
  );
  return {
    items: rows.map((row) => toSummary(row, orderLink)),
    total: Number(count?.n ?? 0),
    limit: query.limit,
    offset: query.offset,
  };
}

export async function readOrderDetail(
  { db, orderLink }: OrderQueryDeps,
  orderGuid: string,
): Promise<OrderDetail> {
  const [row] = await db.query<OrderRow>(
    `SELECT ${COLUMNS} FROM order_sync WHERE order_guid = $1`,
    [orderGuid],
  );
  if (!row) throw new NotFoundError(`order ${orderGuid} not found`);
  return {
    ...toSummary(row, orderLink),
    createSentAt: isoOrNull(row.create_sent_at),
    writtenBackAt: isoOrNull(row.written_back_at),
    brightpearlCalls: Number(row.brightpearl_calls),
    timeline: await readOrderTimeline(db, orderGuid),
  };
}

function toSummary(row: OrderRow, orderLink: OrderLink): OrderSummary {
  const brightpearlOrderId = numberOrNull(row.brightpearl_order_id);
  return {
    orderGuid: row.order_guid,
    orderNumber: row.order_number,
    brightpearlOrderId,
    state: row.state,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    receivedAt: iso(row.received_at),
    syncedAt: isoOrNull(row.synced_at),
    customerEmail: row.customer_email,
    brightpearlOrderUrl: orderLink(brightpearlOrderId),
  };
}
