import type { Db } from '../../store';

/** Reads of the payments flow for the admin (its repository's read side). */

type DbTime = Date | string;

/** The order's payment once Brightpearl has recorded it (for the order's timeline). */
export async function recordedPaymentOf(
  db: Db,
  orderGuid: string,
): Promise<{ recordedAt: DbTime; paymentId: number | null } | undefined> {
  const [row] = await db.query<{
    recorded_at: DbTime;
    brightpearl_payment_id: number | string | null;
  }>(
    `SELECT recorded_at, brightpearl_payment_id FROM order_payments
     WHERE order_guid = $1 AND recorded_at IS NOT NULL`,
    [orderGuid],
  );
  if (!row) return undefined;
  const id = row.brightpearl_payment_id;
  return { recordedAt: row.recorded_at, paymentId: id === null ? null : Number(id) };
}

export async function lastPaymentRecordedAt(db: Db): Promise<DbTime | null> {
  const [row] = await db.query<{ at: DbTime | null }>(
    `SELECT max(recorded_at) AS at FROM order_payments`,
  );
  return row?.at ?? null;
}
