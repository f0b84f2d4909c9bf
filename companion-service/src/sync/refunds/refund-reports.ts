import type { Db } from '../../store';

/** Reads of the refunds flow for the admin (the read side of its tables). */

type DbTime = Date | string;

export interface RefundOfOrder {
  updatedAt: DbTime;
  state: string;
  refundGuid: string;
  creditId: number | null;
}

/** The order's refunds as they stand now (for the order's timeline). */
export async function refundsOf(db: Db, orderGuid: string): Promise<RefundOfOrder[]> {
  const rows = await db.query<{
    updated_at: DbTime;
    state: string;
    refund_guid: string;
    brightpearl_credit_id: number | string | null;
  }>(
    `SELECT updated_at, state, refund_guid, brightpearl_credit_id FROM refund_sync
     WHERE order_guid = $1 ORDER BY updated_at, refund_guid`,
    [orderGuid],
  );
  return rows.map((row) => ({
    updatedAt: row.updated_at,
    state: row.state,
    refundGuid: row.refund_guid,
    creditId: row.brightpearl_credit_id === null ? null : Number(row.brightpearl_credit_id),
  }));
}

/** The order of each known refund among `refundGuids` (a failure links to its order). */
export async function ordersOfRefunds(
  db: Db,
  refundGuids: readonly string[],
): Promise<Map<string, string>> {
  const guids = refundGuids.filter((guid) => /^[0-9a-f-]{36}$/i.test(guid));
  if (guids.length === 0) return new Map();
  const rows = await db.query<{ refund_guid: string; order_guid: string }>(
    `SELECT refund_guid::text AS refund_guid, order_guid::text AS order_guid FROM refund_sync
     WHERE refund_guid = ANY($1::uuid[])`,
    [guids.map((guid) => guid.toLowerCase())],
  );
  return new Map(rows.map((row) => [row.refund_guid, row.order_guid]));
}

export async function lastRefundSyncedAt(db: Db): Promise<DbTime | null> {
  const [row] = await db.query<{ at: DbTime | null }>(
    `SELECT max(updated_at) AS at FROM refund_sync WHERE state = 'synced'`,
  );
  return row?.at ?? null;
}

export async function lastCreditFromBrightpearlAt(db: Db): Promise<DbTime | null> {
  const [row] = await db.query<{ at: DbTime | null }>(
    `SELECT max(recorded_at) AS at FROM credits_from_brightpearl WHERE state = 'recorded'`,
  );
  return row?.at ?? null;
}
