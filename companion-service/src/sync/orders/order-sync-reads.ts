import type { Db } from '../../store';
import type { OrderSyncState } from './order-sync-repository';

/** What other flows may ask the order flow about its orders (part of its repository, ADR 0012). */

/**
 * Orders in Brightpearl, as a relation (order_guid, brightpearl_order_id) another repository
 * may join in one statement (the payment claim needs "its order is synced" atomically with
 * SKIP LOCKED). Published by the owner so the shape of order_sync stays private.
 */
export const SYNCED_ORDERS = `(SELECT order_guid, brightpearl_order_id FROM order_sync
  WHERE state = 'synced')`;

/** Orders the flow still works on (order_guid): their received events must be kept. */
export const ORDERS_IN_FLIGHT = `(SELECT order_guid FROM order_sync
  WHERE state IN ('pending', 'syncing', 'held'))`;

/**
 * Whether another order of this customer e-mail (lowercase) reached the companion before this
 * one: the "customer is new" rule condition, answered without a Brightpearl call.
 */
export async function hasEarlierOrderOfEmail(
  db: Db,
  input: { orderGuid: string; email: string },
): Promise<boolean> {
  const rows = await db.query<{ found: number }>(
    `SELECT 1 AS found FROM order_sync o
     WHERE o.customer_email = $2 AND o.order_guid <> $1
       AND o.received_at <= coalesce(
         (SELECT received_at FROM order_sync WHERE order_guid = $1), now())
     LIMIT 1`,
    [input.orderGuid, input.email],
  );
  return rows.length > 0;
}

export interface KnownOrder {
  orderGuid: string;
  state: OrderSyncState;
  brightpearlOrderId: number | null;
}

/** The known orders among `orderGuids` (an unknown order is simply absent). */
export async function orderSyncStates(
  db: Db,
  orderGuids: readonly string[],
): Promise<KnownOrder[]> {
  const rows = await db.query<{
    order_guid: string;
    state: OrderSyncState;
    brightpearl_order_id: number | string | null;
  }>(
    `SELECT order_guid, state, brightpearl_order_id FROM order_sync
     WHERE order_guid = ANY($1::uuid[])`,
    [[...orderGuids]],
  );
  return rows.map((row) => ({
    orderGuid: row.order_guid,
    state: row.state,
    brightpearlOrderId: row.brightpearl_order_id === null ? null : Number(row.brightpearl_order_id),
  }));
}

/** Which of `orderGuids` are in Brightpearl already. */
export async function syncedOrderGuids(
  db: Db,
  orderGuids: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ order_guid: string }>(
    `SELECT order_guid FROM order_sync WHERE state = 'synced' AND order_guid = ANY($1::uuid[])`,
    [[...orderGuids]],
  );
  return new Set(rows.map((row) => row.order_guid));
}

/** Order GUIDs of Brightpearl orders the companion created (others are not Kentico's). */
export async function orderGuidsByBrightpearlId(
  db: Db,
  brightpearlOrderIds: readonly number[],
): Promise<Map<number, string>> {
  const rows = await db.query<{ order_guid: string; brightpearl_order_id: number | string }>(
    `SELECT order_guid, brightpearl_order_id FROM order_sync
     WHERE brightpearl_order_id = ANY($1::bigint[])`,
    [[...brightpearlOrderIds]],
  );
  return new Map(rows.map((row) => [Number(row.brightpearl_order_id), row.order_guid]));
}

/** Kentico order numbers of the known orders among `orderGuids`. */
export async function orderNumbersOf(
  db: Db,
  orderGuids: readonly string[],
): Promise<Map<string, string | null>> {
  const rows = await db.query<{ order_guid: string; order_number: string | null }>(
    `SELECT order_guid, order_number FROM order_sync WHERE order_guid = ANY($1::uuid[])`,
    [[...orderGuids]],
  );
  return new Map(rows.map((row) => [row.order_guid, row.order_number]));
}
