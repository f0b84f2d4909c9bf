import type { Db } from '../../store';

/** The last customer sync (admin overview). */
export async function lastCustomerSyncAt(db: Db): Promise<Date | string | null> {
  const [row] = await db.query<{ at: Date | string | null }>(
    `SELECT max(updated_at) AS at FROM customer_sync`,
  );
  return row?.at ?? null;
}
