import type { Db } from '../../store';

/** Aggregates of the order sync tables for the Insights charts (insights/ stores them). */

export interface TimeRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

// Buckets start on whole hours in UTC whatever the session's time zone (date_bin, not date_trunc).
const HOUR = `date_bin('1 hour', h.synced_at, TIMESTAMPTZ '2000-01-01T00:00:00Z')`;

/** Successful syncs per hour (a resend or replay counts again: it is another sales order). */
export async function ordersSyncedPerHour(
  db: Db,
  range: TimeRange,
): Promise<Array<{ bucketStart: Date; count: number }>> {
  const rows = await db.query<{ bucket_start: Date | string; count: number | string }>(
    `SELECT ${HOUR} AS bucket_start, count(*) AS count FROM order_sync_history h
     WHERE h.synced_at >= $1 AND h.synced_at < $2 GROUP BY 1`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((row) => ({ bucketStart: new Date(row.bucket_start), count: Number(row.count) }));
}

/**
 * Seconds from an order being accepted (stored) to its first sales order in Brightpearl, median
 * and 95th percentile per hour of that first sync. Resends are left out: their "latency" would
 * measure how long the merchant waited to press the button.
 */
export async function orderLatencyPerHour(
  db: Db,
  range: TimeRange,
): Promise<Array<{ bucketStart: Date; p50: number; p95: number }>> {
  const rows = await db.query<{ bucket_start: Date | string; p50: number; p95: number }>(
    `SELECT ${HOUR} AS bucket_start,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.synced_at - o.received_at)) AS p50,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM h.synced_at - o.received_at)) AS p95
     FROM order_sync_history h JOIN order_sync o ON o.order_guid = h.order_guid
     WHERE h.synced_at >= $1 AND h.synced_at < $2
       AND NOT EXISTS (SELECT 1 FROM order_sync_history e
         WHERE e.order_guid = h.order_guid AND (e.synced_at, e.id) < (h.synced_at, h.id))
     GROUP BY 1`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((row) => ({
    bucketStart: new Date(row.bucket_start),
    p50: Math.max(0, Number(row.p50)),
    p95: Math.max(0, Number(row.p95)),
  }));
}
