import type { Db } from '../store';
import { SERIES, type SeriesName } from './series';

/**
 * Counts kept as they happen, for facts no table keeps one row each of (a SKU's stock row
 * holds only its latest push). The second owner of insight_buckets' SQL, beside insight-store.ts.
 */

/**
 * Adds `count` to the minute now falls in, by the database's clock (the one every bucket closes
 * on). One upsert: concurrent writers on any instance each add theirs, none is lost.
 */
async function addToCurrentMinute(db: Db, series: SeriesName, count: number): Promise<void> {
  if (count <= 0) return;
  await db.query(
    `INSERT INTO insight_buckets (grain, series, bucket_start, label, writer, value)
     VALUES ('minute', $1, date_bin('1 minute', now(), TIMESTAMPTZ '2000-01-01T00:00:00Z'),
       '', '', $2)
     ON CONFLICT (grain, series, bucket_start, label, writer)
     DO UPDATE SET value = insight_buckets.value + EXCLUDED.value`,
    [series, count],
  );
}

/**
 * Stock levels Kentico accepted, one per SKU written. Called by the one function that writes
 * stock to Kentico (sync/stock/stock-writer.ts), in the transaction remembering them, so every
 * path (webhooks, the full compare, a flow's catch-up) counts the same way and exactly once.
 */
export function countStockPushes(db: Db, count: number): Promise<void> {
  return addToCurrentMinute(db, SERIES.stockPushes, count);
}
