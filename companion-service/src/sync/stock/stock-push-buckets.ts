import type { Db } from '../../store';

/**
 * Products whose stock was last written to Kentico in each minute (stock_levels keeps one row
 * per SKU, its latest push). Read soon after the minute closes this is the minute's count; a
 * SKU written again later moves to the later minute, so the roll-up keeps the largest count it
 * ever read for a minute (insights/).
 */
export async function stockPushesPerMinute(
  db: Db,
  range: { from: Date; to: Date },
): Promise<Array<{ bucketStart: Date; count: number }>> {
  const rows = await db.query<{ bucket_start: Date | string; count: number }>(
    `SELECT date_bin('1 minute', pushed_at, TIMESTAMPTZ '2000-01-01T00:00:00Z') AS bucket_start,
       count(*) AS count
     FROM stock_levels WHERE pushed_at >= $1 AND pushed_at < $2 GROUP BY 1`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((row) => ({ bucketStart: new Date(row.bucket_start), count: Number(row.count) }));
}
