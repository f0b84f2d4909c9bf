import type { OrderDetail, OrderListQuery, OrderPage, OrderSummary } from '@bpkc/shared-types';

import type { Db } from '../store';
import {
  type OrderReportRow,
  readOrderReport,
  searchOrders,
} from '../sync/orders/order-sync-reports';
import { NotFoundError } from './errors';
import type { OrderLink } from './order-link';
import { readOrderTimeline } from './order-timeline';
import { iso, isoOrNull, numberOrNull } from './sql-values';

/** Where the queries read, and how they link an order to Brightpearl. */
export interface OrderQueryDeps {
  db: Db;
  orderLink: OrderLink;
}

export async function listOrders(
  { db, orderLink }: OrderQueryDeps,
  query: OrderListQuery,
): Promise<OrderPage> {
  const { rows, total } = await searchOrders(db, {
    search: query.search ?? null,
    state: query.state ?? null,
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: rows.map((row) => toSummary(row, orderLink)),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}

export async function readOrderDetail(
  { db, orderLink }: OrderQueryDeps,
  orderGuid: string,
): Promise<OrderDetail> {
  const row = await readOrderReport(db, orderGuid);
  if (!row) throw new NotFoundError(`order ${orderGuid} not found`);
  return {
    ...toSummary(row, orderLink),
    createSentAt: isoOrNull(row.create_sent_at),
    writtenBackAt: isoOrNull(row.written_back_at),
    brightpearlCalls: Number(row.brightpearl_calls),
    timeline: await readOrderTimeline(db, orderGuid),
  };
}

function toSummary(row: OrderReportRow, orderLink: OrderLink): OrderSummary {
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
