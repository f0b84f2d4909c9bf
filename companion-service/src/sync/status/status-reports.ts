import type { Db } from '../../store';

/** The last order-status sync either way (admin overview). */
export async function lastStatusSyncAt(db: Db): Promise<Date | string | null> {
  const [row] = await db.query<{ at: Date | string | null }>(
    `SELECT max(updated_at) AS at FROM order_status_sync`,
  );
  return row?.at ?? null;
}
