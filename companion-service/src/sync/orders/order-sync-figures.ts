import type { Db } from '../../store';

/** Figures for the admin overview and GET /api/status (part of the order_sync repository). */

type DbTime = Date | string;
type DbCount = number | string;

export interface OrderFigures {
  /** The latest successful sync of any order (a resend included). */
  lastSyncedAt: DbTime | null;
  lastWrittenBackAt: DbTime | null;
  /** Orders first synced in the last hour / day. */
  syncedLastHour: number;
  syncedLastDay: number;
  writeBacksOverdue: number;
  ordersRetrying: number;
}

export async function readOrderFigures(db: Db): Promise<OrderFigures> {
  const [row] = await db.query<Record<string, DbTime | DbCount | null>>(
    `SELECT
      greatest((SELECT max(synced_at) FROM order_sync_history),
        (SELECT max(synced_at) FROM order_sync)) AS last_synced,
      (SELECT max(written_back_at) FROM order_sync) AS last_written_back,
      (SELECT count(*) FROM order_sync WHERE synced_at > now() - interval '1 hour') AS last_hour,
      (SELECT count(*) FROM order_sync WHERE synced_at > now() - interval '1 day') AS last_day,
      (SELECT count(*) FROM order_sync WHERE state = 'synced' AND written_back_at IS NULL
         AND synced_at < now() - interval '10 minutes') AS overdue,
      (SELECT count(*) FROM order_sync WHERE state IN ('pending', 'syncing')
         AND last_error IS NOT NULL AND updated_at > now() - interval '15 minutes') AS retrying`,
  );
  return {
    lastSyncedAt: (row?.last_synced as DbTime | null) ?? null,
    lastWrittenBackAt: (row?.last_written_back as DbTime | null) ?? null,
    syncedLastHour: Number(row?.last_hour ?? 0),
    syncedLastDay: Number(row?.last_day ?? 0),
    writeBacksOverdue: Number(row?.overdue ?? 0),
    ordersRetrying: Number(row?.retrying ?? 0),
  };
}

/** Orders by state, for GET /api/status and the demo's progress line. */
export async function countOrders(db: Db): Promise<{
  received: number;
  synced: number;
  failed: number;
  held: number;
  notSent: number;
  lastSyncedAt: DbTime | null;
}> {
  const [row] = await db.query<{
    received: DbCount;
    synced: DbCount;
    failed: DbCount;
    held: DbCount;
    not_sent: DbCount;
    last_synced: DbTime | null;
  }>(
    `SELECT count(*) AS received,
            count(*) FILTER (WHERE state = 'synced') AS synced,
            count(*) FILTER (WHERE state = 'dead-lettered') AS failed,
            count(*) FILTER (WHERE state = 'held') AS held,
            count(*) FILTER (WHERE state IN ('rejected', 'skipped')) AS not_sent,
            max(synced_at) AS last_synced
     FROM order_sync`,
  );
  return {
    received: Number(row?.received ?? 0),
    synced: Number(row?.synced ?? 0),
    failed: Number(row?.failed ?? 0),
    held: Number(row?.held ?? 0),
    notSent: Number(row?.not_sent ?? 0),
    lastSyncedAt: row?.last_synced ?? null,
  };
}
