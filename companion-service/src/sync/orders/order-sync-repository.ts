import type { Db } from '../../store';
import type { OrderSyncJob } from './order-sync-job';

/**
 * The only writer of `order_sync` and `order_sync_history` (ADR 0012). Reads for other flows
 * are in order-sync-reads.ts, reads for the admin and the status figures in order-sync-reports.ts.
 */
export type OrderSyncState =
  | 'pending'
  | 'syncing'
  | 'synced'
  | 'dead-lettered'
  /** Set aside by the order gate (order-gate/); decided in order-sync-decisions.ts. */
  | 'held'
  | 'rejected'
  | 'skipped';

export interface OrderSyncRow {
  order_guid: string;
  order_number: string | null;
  state: OrderSyncState;
  brightpearl_order_id: string | number | null;
  brightpearl_contact_id: string | number | null;
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

export async function findOrderSync(db: Db, orderGuid: string): Promise<OrderSyncRow | undefined> {
  const rows = await db.query<OrderSyncRow>(
    `SELECT order_guid, order_number, state, brightpearl_order_id, brightpearl_contact_id,
       create_sent_at, attempts
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

export interface SyncedOrder {
  orderGuid: string;
  brightpearlOrderId: number;
  calls: number;
  customerKind: string;
  contactId: number | null;
  trigger: OrderSyncJob['trigger'];
  /** The mapping version the job ran with (ADR 0013). */
  mappingVersion: number;
}

/** Whether this was the order's first sync, and how long after it was received (seconds). */
export interface SyncRecorded {
  firstSync: boolean;
  latencySeconds: number | null;
}

/**
 * Keeps the FIRST sync time on the order (a resend or a replay must not move it) and adds one
 * history row per sync, so the timeline shows every one. One statement: atomic on its own.
 */
export async function markSynced(db: Db, input: SyncedOrder): Promise<SyncRecorded> {
  const [row] = await db.query<{ first_sync: boolean; latency: number | string | null }>(
    `WITH synced AS (
       UPDATE order_sync SET state = 'synced', brightpearl_order_id = $2,
         synced_at = coalesce(synced_at, now()), brightpearl_calls = brightpearl_calls + $3,
         customer_kind = $4, last_error = NULL,
         brightpearl_contact_id = coalesce($5, brightpearl_contact_id), updated_at = now(),
         mapping_version = $7
       WHERE order_guid = $1
       RETURNING order_guid, attempts, synced_at = now() AS first_sync,
         extract(epoch FROM (synced_at - received_at)) AS latency),
     run AS (
       INSERT INTO order_sync_history
         (order_guid, brightpearl_order_id, trigger, attempts, mapping_version)
       SELECT order_guid, $2, $6, attempts, $7 FROM synced)
     SELECT first_sync, latency FROM synced`,
    [
      input.orderGuid,
      input.brightpearlOrderId,
      input.calls,
      input.customerKind,
      input.contactId,
      input.trigger,
      input.mappingVersion,
    ],
  );
  return {
    firstSync: row?.first_sync === true,
    latencySeconds: row?.latency === null || row === undefined ? null : Number(row.latency),
  };
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

/** Calls an attempt spent without syncing the order (an adopt search before a hold). */
export async function addCalls(db: Db, input: { orderGuid: string; calls: number }): Promise<void> {
  if (input.calls === 0) return;
  await db.query(
    `UPDATE order_sync SET brightpearl_calls = brightpearl_calls + $2 WHERE order_guid = $1`,
    [input.orderGuid, input.calls],
  );
}
