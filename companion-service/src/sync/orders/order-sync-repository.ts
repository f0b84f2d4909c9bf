import type { Db } from '../../store';

export type OrderSyncState = 'pending' | 'syncing' | 'synced' | 'dead-lettered';

export interface OrderSyncRow {
  order_guid: string;
  order_number: string | null;
  state: OrderSyncState;
  brightpearl_order_id: string | number | null;
  create_sent_at: Date | string | null;
  attempts: number;
}

/** Records that an order is known; a known order keeps its state (a duplicate event changes nothing). */
export async function ensureOrderSync(db: Db, orderGuid: string): Promise<void> {
  await db.query(
    `INSERT INTO order_sync (order_guid) VALUES ($1) ON CONFLICT (order_guid) DO NOTHING`,
    [orderGuid],
  );
}

/** A merchant's resend or a replay re-opens a dead-lettered order (a synced one stays synced). */
export async function reopenOrderSync(db: Db, orderGuid: string): Promise<void> {
  await db.query(
    `INSERT INTO order_sync (order_guid) VALUES ($1)
     ON CONFLICT (order_guid) DO UPDATE SET state = 'pending', updated_at = now()
       WHERE order_sync.state = 'dead-lettered'`,
    [orderGuid],
  );
}

export async function findOrderSync(db: Db, orderGuid: string): Promise<OrderSyncRow | undefined> {
  const rows = await db.query<OrderSyncRow>(
    `SELECT order_guid, order_number, state, brightpearl_order_id, create_sent_at, attempts
     FROM order_sync WHERE order_guid = $1`,
    [orderGuid],
  );
  return rows[0];
}

/** The order as just read from Kentico: its number and customer e-mail are kept for the admin. */
export async function markAttempt(
  db: Db,
  attempt: { orderGuid: string; orderNumber: string; customerEmail: string },
): Promise<void> {
  // Lowercase (and blank as null) so the admin's exact e-mail search can use the index.
  const email = attempt.customerEmail.trim().toLowerCase() || null;
  await db.query(
    `UPDATE order_sync SET state = 'syncing', attempts = attempts + 1, order_number = $2,
       customer_email = $3, updated_at = now() WHERE order_guid = $1`,
    [attempt.orderGuid, attempt.orderNumber, email],
  );
}

/**
 * Written before the create request leaves: if we crash after Brightpearl created the order but
 * before we stored its id, the next attempt knows it must search by externalRef first.
 */
export async function markCreateSent(db: Db, orderGuid: string): Promise<void> {
  await db.query(
    `UPDATE order_sync SET create_sent_at = coalesce(create_sent_at, now()), updated_at = now()
     WHERE order_guid = $1`,
    [orderGuid],
  );
}

export async function markSynced(
  db: Db,
  input: {
    orderGuid: string;
    brightpearlOrderId: number;
    calls: number;
    customerKind: string;
    contactId: number | null;
  },
): Promise<void> {
  await db.query(
    `UPDATE order_sync SET state = 'synced', brightpearl_order_id = $2, synced_at = now(),
       brightpearl_calls = brightpearl_calls + $3, customer_kind = $4, last_error = NULL,
       brightpearl_contact_id = coalesce($5, brightpearl_contact_id),
       updated_at = now() WHERE order_guid = $1`,
    [input.orderGuid, input.brightpearlOrderId, input.calls, input.customerKind, input.contactId],
  );
}

export async function markFailed(
  db: Db,
  input: { orderGuid: string; state: OrderSyncState; error: string; calls: number },
): Promise<void> {
  await db.query(
    `UPDATE order_sync SET state = $2, last_error = $3, brightpearl_calls = brightpearl_calls + $4,
       updated_at = now() WHERE order_guid = $1`,
    [input.orderGuid, input.state, input.error.slice(0, 2000), input.calls],
  );
}

export async function markWrittenBack(db: Db, orderGuid: string): Promise<void> {
  await db.query(`UPDATE order_sync SET written_back_at = now() WHERE order_guid = $1`, [
    orderGuid,
  ]);
}
