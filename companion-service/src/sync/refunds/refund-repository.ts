import type { Db } from '../../store';

export interface RefundSyncRow {
  state: 'pending' | 'synced' | 'dead-lettered';
  brightpearl_credit_id: number | string | null;
  create_sent_at: Date | string | null;
  payment_id: number | string | null;
}

export async function ensureRefundSync(
  db: Db,
  input: { refundGuid: string; orderGuid: string; total: number },
): Promise<RefundSyncRow> {
  await db.query(
    `INSERT INTO refund_sync (refund_guid, order_guid, state, total) VALUES ($1, $2, 'pending', $3)
     ON CONFLICT (refund_guid) DO NOTHING`,
    [input.refundGuid, input.orderGuid, input.total],
  );
  const [row] = await db.query<RefundSyncRow>(
    `SELECT state, brightpearl_credit_id, create_sent_at, payment_id FROM refund_sync WHERE refund_guid = $1`,
    [input.refundGuid],
  );
  return row!;
}

/** What earlier refunds of the order already gave back (synced or still on their way). */
export async function refundedBefore(
  db: Db,
  input: { orderGuid: string; refundGuid: string },
): Promise<number> {
  const [row] = await db.query<{ total: string | number | null }>(
    `SELECT sum(total) AS total FROM refund_sync
     WHERE order_guid = $1 AND refund_guid <> $2 AND state <> 'dead-lettered'`,
    [input.orderGuid, input.refundGuid],
  );
  return Number(row?.total ?? 0);
}

export async function updateRefundSync(
  db: Db,
  refundGuid: string,
  changes: {
    state?: string;
    creditId?: number;
    createSent?: boolean;
    paymentId?: number;
    calls?: number;
    /** On success: the mapping version the job ran with (ADR 0013). */
    mappingVersion?: number;
  },
): Promise<void> {
  await db.query(
    `UPDATE refund_sync SET state = coalesce($2, state),
       brightpearl_credit_id = coalesce($3, brightpearl_credit_id),
       create_sent_at = CASE WHEN $4 THEN coalesce(create_sent_at, now()) ELSE create_sent_at END,
       payment_id = coalesce($5, payment_id), brightpearl_calls = brightpearl_calls + $6,
       mapping_version = coalesce($7, mapping_version), updated_at = now()
     WHERE refund_guid = $1`,
    [
      refundGuid,
      changes.state ?? null,
      changes.creditId ?? null,
      changes.createSent ?? false,
      changes.paymentId ?? null,
      changes.calls ?? 0,
      changes.mappingVersion ?? null,
    ],
  );
}

/** A refund that failed for good (its dead letter's transaction); a synced one stays synced. */
export async function markRefundDeadLettered(db: Db, refundGuid: string): Promise<void> {
  await db.query(
    `UPDATE refund_sync SET state = 'dead-lettered', updated_at = now()
     WHERE refund_guid = $1 AND state = 'pending'`,
    [refundGuid],
  );
}

/** An operator's replay: a dead-lettered refund is tried again (a synced one stays synced). */
export async function reopenDeadLetteredRefund(db: Db, refundGuid: string): Promise<void> {
  await db.query(
    `UPDATE refund_sync SET state = 'pending', updated_at = now()
     WHERE refund_guid = $1 AND state = 'dead-lettered'`,
    [refundGuid],
  );
}

/** Which of these refunds the companion has seen (any state): the catch-up enqueues the rest. */
export async function knownRefunds(db: Db, refundGuids: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ refund_guid: string }>(
    `SELECT refund_guid FROM refund_sync WHERE refund_guid = ANY($1::uuid[])`,
    [[...refundGuids]],
  );
  return new Set(rows.map((row) => row.refund_guid.toLowerCase()));
}
