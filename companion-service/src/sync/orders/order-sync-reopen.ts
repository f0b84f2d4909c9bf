import type { Db } from '../../store';
import type { OrderSyncState } from './order-sync-repository';

/**
 * The three ways an order is sent through the order flow again, each on the caller's
 * transaction (together with its job). Part of the order_sync repository (ADR 0012).
 */

/** Held, rejected or skipped orders: only Approve sends them (ADR 0026), not a resend. */
const SET_ASIDE_STATES = `('held', 'rejected', 'skipped')`;

/**
 * A merchant's resend: back to 'pending' with the "create sent" marker set, so the job searches
 * Brightpearl by externalRef (the order GUID) before it would create anything. An order the
 * companion never saw (a lost event) is added. Returns the state it had (null: unknown).
 */
export async function reopenForResend(
  tx: Db,
  orderGuid: string,
): Promise<{ previousState: OrderSyncState | null }> {
  const [before] = await tx.query<{ state: OrderSyncState }>(
    `SELECT state FROM order_sync WHERE order_guid = $1 FOR UPDATE`,
    [orderGuid],
  );
  await tx.query(
    `INSERT INTO order_sync (order_guid, state, create_sent_at) VALUES ($1, 'pending', now())
     ON CONFLICT (order_guid) DO UPDATE SET state = 'pending',
       create_sent_at = coalesce(order_sync.create_sent_at, now()), updated_at = now()
     WHERE order_sync.state NOT IN ${SET_ASIDE_STATES}`,
    [orderGuid],
  );
  return { previousState: before?.state ?? null };
}

/** An operator's replay of a failed order: re-opened unless it reached Brightpearl since. */
export async function reopenForReplay(tx: Db, orderGuid: string): Promise<void> {
  await tx.query(
    `UPDATE order_sync SET state = 'pending', updated_at = now()
     WHERE order_guid = $1 AND state <> 'synced'`,
    [orderGuid],
  );
}

/**
 * Reconciliation found the order gone from Brightpearl: its stale binding is cleared so it can
 * be created again (after the externalRef search the "create sent" marker forces).
 */
export async function reopenVanishedOrder(tx: Db, orderGuid: string): Promise<void> {
  await tx.query(
    `UPDATE order_sync SET state = 'pending', brightpearl_order_id = NULL, updated_at = now()
     WHERE order_guid = $1`,
    [orderGuid],
  );
}
