import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { SYNCED_ORDERS } from '../orders/order-sync-reads';

/**
 * The payment's natural key in Brightpearl (transactionRef + paymentMethodCode are unique there):
 * derived from the order, so a retry can only ever find the first payment, never add a second.
 */
export const paymentTransactionRef = (orderGuid: string) => `KC-PAY-${orderGuid}`;

/** Marks the order's payment as due (once) and enqueues the batching job. */
export async function markPaymentDue(
  db: Db,
  input: { queue: JobQueue; orderGuid: string; fee: number | null },
): Promise<void> {
  const fee = input.fee && input.fee > 0 ? input.fee : null;
  const inserted = await db.query(
    `INSERT INTO order_payments (order_guid, state, transaction_ref, fee, fee_state)
     VALUES ($1, 'due', $2, $3, CASE WHEN $3::numeric IS NULL THEN NULL ELSE 'due' END)
     ON CONFLICT (order_guid) DO NOTHING RETURNING order_guid`,
    [input.orderGuid, paymentTransactionRef(input.orderGuid), fee],
  );
  if (inserted.length > 0) await input.queue.enqueue('payments', { trigger: 'due' }, { db });
}

export interface DuePayment {
  orderGuid: string;
  transactionRef: string;
  state: 'due' | 'sent';
  brightpearlOrderId: number;
}

/** The queue job a payments run belongs to: its claims are named after it. */
export interface ClaimOwner {
  id: string;
  retryCount: number;
}

/** The prefix of a run's claims: `<job id>:<try>:`, or none outside a queue job (tests). */
export const claimOwner = (job: ClaimOwner | undefined): string =>
  job === undefined ? '' : `${job.id}:${job.retryCount}:`;

/**
 * Claims up to `limit` payments of orders that exist in Brightpearl; 'sent' ones may be
 * ambiguous. A claim older than the TTL is free; so is one left by an earlier try of the same
 * job (a SIGKILL mid-send): the queue retries that job at once, and it must not find its own
 * payments still held by its dead run for the whole TTL (and then complete with nothing sent).
 */
export async function claimDuePayments(
  db: Db,
  input: { claim: string; limit: number; owner?: ClaimOwner },
): Promise<DuePayment[]> {
  const earlierTry = input.owner === undefined ? null : `${input.owner.id}:%`;
  const rows = await db.query<{
    order_guid: string;
    transaction_ref: string;
    state: 'due' | 'sent';
    brightpearl_order_id: number | string;
  }>(
    `UPDATE order_payments p SET claim = $1, claimed_at = now()
     FROM ${SYNCED_ORDERS} o
     WHERE o.order_guid = p.order_guid AND p.order_guid IN (
       SELECT p2.order_guid FROM order_payments p2 JOIN ${SYNCED_ORDERS} o2 ON o2.order_guid = p2.order_guid
       WHERE p2.state IN ('due','sent')
         AND (p2.claim IS NULL OR p2.claimed_at < now() - interval '10 minutes'
           OR (p2.claim LIKE $3::text AND p2.claim NOT LIKE $4::text))
       ORDER BY p2.created_at LIMIT $2 FOR UPDATE OF p2 SKIP LOCKED)
     RETURNING p.order_guid, p.transaction_ref, p.state, o.brightpearl_order_id`,
    [input.claim, input.limit, earlierTry, `${claimOwner(input.owner)}%`],
  );
  return rows.map((row) => ({
    orderGuid: row.order_guid,
    transactionRef: row.transaction_ref,
    state: row.state,
    brightpearlOrderId: Number(row.brightpearl_order_id),
  }));
}

export async function markPaymentsSent(db: Db, orderGuids: string[]): Promise<void> {
  await db.query(
    `UPDATE order_payments SET state = 'sent', sent_at = coalesce(sent_at, now())
     WHERE order_guid = ANY($1::uuid[])`,
    [orderGuids],
  );
}

export async function markPaymentRecorded(
  db: Db,
  input: { orderGuid: string; paymentId: number },
): Promise<void> {
  await db.query(
    `UPDATE order_payments SET state = 'recorded', brightpearl_payment_id = $2, recorded_at = now(),
       claim = NULL WHERE order_guid = $1`,
    [input.orderGuid, input.paymentId],
  );
}

export async function markPaymentDeadLettered(db: Db, orderGuid: string): Promise<void> {
  await db.query(
    `UPDATE order_payments SET state = 'dead-lettered', claim = NULL WHERE order_guid = $1`,
    [orderGuid],
  );
}

/**
 * Frees a claim whose payments were not settled (a transient failure): the retry takes them.
 * `keep` stays claimed: payments that failed for good, until their dead letter marks them.
 */
export async function releasePaymentClaim(
  db: Db,
  claim: string,
  keep: readonly string[] = [],
): Promise<void> {
  await db.query(
    `UPDATE order_payments SET claim = NULL WHERE claim = $1 AND state IN ('due','sent')
       AND NOT (order_guid = ANY($2::uuid[]))`,
    [claim, keep],
  );
}

/** Gives back the claims of payments a run left unsettled (their outcome unknown). */
export async function releasePayments(db: Db, orderGuids: readonly string[]): Promise<void> {
  if (orderGuids.length === 0) return;
  await db.query(
    `UPDATE order_payments SET claim = NULL
     WHERE order_guid = ANY($1::uuid[]) AND state IN ('due','sent')`,
    [orderGuids],
  );
}

/** Payments that could be sent now (due, their order in Brightpearl, not claimed). */
export async function countSendablePayments(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM order_payments p JOIN ${SYNCED_ORDERS} o ON o.order_guid = p.order_guid
     WHERE p.state IN ('due','sent') AND p.claim IS NULL`,
  );
  return Number(row?.n ?? 0);
}

/** Replay: a dead-lettered payment is due again; one ever sent is looked up before any resend. */
export async function reopenDeadLetteredPayment(db: Db, orderGuid: string): Promise<void> {
  await db.query(
    `UPDATE order_payments SET state = CASE WHEN sent_at IS NULL THEN 'due' ELSE 'sent' END, claim = NULL
     WHERE order_guid = $1 AND state = 'dead-lettered'`,
    [orderGuid],
  );
}
