import type { Finding } from '@bpkc/shared-types';

import type { Db } from '../../store';
import type { OrderSyncState } from './order-sync-repository';

/**
 * What the order gate decided, and what a person decided about a held order. Part of the
 * order_sync repository (ADR 0012); the states are described in ADR 0026.
 */

/** Findings of the gate, kept on the order for its timeline (also those of a sent order). */
export async function recordFindings(
  db: Db,
  input: { orderGuid: string; findings: readonly Finding[] },
): Promise<void> {
  await db.query(
    `UPDATE order_sync SET findings = $2::jsonb, updated_at = now() WHERE order_guid = $1`,
    [input.orderGuid, JSON.stringify(input.findings)],
  );
}

/**
 * The gate held (or skipped) the order: the job ends here, no retry, no dead letter. The first
 * hold time is kept, so an event for a held order does not move it down the Held list.
 */
export async function markSetAside(
  db: Db,
  input: {
    orderGuid: string;
    state: 'held' | 'skipped';
    findings: readonly Finding[];
    /** The mapping version whose rules and checks decided (shown in the Held list). */
    mappingVersion: number;
  },
): Promise<void> {
  const reason = input.findings
    .filter((finding) => finding.outcome === (input.state === 'held' ? 'hold' : 'skip'))
    .map((finding) => finding.reason)
    .join('; ');
  await db.query(
    `UPDATE order_sync SET state = $2, findings = $3::jsonb,
       held_at = CASE WHEN $2 = 'held' THEN coalesce(held_at, now()) ELSE held_at END,
       decision_reason = CASE WHEN $2 = 'skipped' THEN $4 ELSE decision_reason END,
       decided_by = NULL, decided_at = CASE WHEN $2 = 'skipped' THEN now() ELSE NULL END,
       last_error = NULL, mapping_version = $5, updated_at = now()
     WHERE order_guid = $1`,
    [
      input.orderGuid,
      input.state,
      JSON.stringify(input.findings),
      reason.slice(0, 2000) || null,
      input.mappingVersion,
    ],
  );
}

/** Locks the order's row and returns its state (undefined: the companion does not know it). */
export async function lockOrderState(
  tx: Db,
  orderGuid: string,
): Promise<OrderSyncState | undefined> {
  const [row] = await tx.query<{ state: OrderSyncState }>(
    `SELECT state FROM order_sync WHERE order_guid = $1 FOR UPDATE`,
    [orderGuid],
  );
  return row?.state;
}

/** A person approved: back to pending, to be sent without holding again. */
export async function markApproved(tx: Db, input: { orderGuid: string; actor: string }) {
  await tx.query(
    `UPDATE order_sync SET state = 'pending', approved_by = $2, approved_at = now(),
       decided_by = $2, decided_at = now(), updated_at = now()
     WHERE order_guid = $1`,
    [input.orderGuid, input.actor],
  );
}

/** A person rejected: never sent; the reason is kept. */
export async function markRejected(
  tx: Db,
  input: { orderGuid: string; actor: string; reason: string },
) {
  await tx.query(
    `UPDATE order_sync SET state = 'rejected', decided_by = $2, decided_at = now(),
       decision_reason = $3, updated_at = now()
     WHERE order_guid = $1`,
    [input.orderGuid, input.actor, input.reason],
  );
}

/** Whether the order was approved since it was last set aside (the job passes it to the gate). */
export async function isApproved(db: Db, orderGuid: string): Promise<boolean> {
  const [row] = await db.query<{ approved: boolean }>(
    `SELECT approved_at IS NOT NULL AS approved FROM order_sync WHERE order_guid = $1`,
    [orderGuid],
  );
  return row?.approved === true;
}
