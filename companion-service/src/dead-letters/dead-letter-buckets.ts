import type { Db } from '../store';

/** Failures opened per hour and reason, for the Insights charts (insights/ stores them). */
export async function failuresOpenedPerHour(
  db: Db,
  range: { from: Date; to: Date },
): Promise<Array<{ bucketStart: Date; reason: string; count: number }>> {
  const rows = await db.query<{ bucket_start: Date | string; reason: string; count: number }>(
    `SELECT date_bin('1 hour', created_at, TIMESTAMPTZ '2000-01-01T00:00:00Z') AS bucket_start,
       reason, count(*) AS count
     FROM dead_letters WHERE created_at >= $1 AND created_at < $2 GROUP BY 1, 2`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((row) => ({
    bucketStart: new Date(row.bucket_start),
    reason: row.reason,
    count: Number(row.count),
  }));
}
