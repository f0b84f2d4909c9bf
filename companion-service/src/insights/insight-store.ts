import type { Db } from '../store';
import type { Grain, SeriesName } from './series';

/** SQL on insight_buckets and insight_rollup_marks (with insight-counts.ts, one folder owns them). */

export interface BucketValue {
  series: SeriesName;
  bucketStart: Date;
  /** A failure reason; '' for series without labels. */
  label?: string;
  value: number;
}

/**
 * How a value meets the one already stored: `set` for figures recomputed from the facts (a
 * re-run writes the same), `add` and `min` for an instance's own samples arriving in parts.
 */
export type Combine = 'set' | 'min' | 'add';

const COMBINE: Record<Combine, string> = {
  set: 'EXCLUDED.value',
  min: 'LEAST(insight_buckets.value, EXCLUDED.value)',
  add: 'insight_buckets.value + EXCLUDED.value',
};

/** Rows must be unique by series, bucket and label (one statement cannot touch a row twice). */
export async function upsertBuckets(
  db: Db,
  input: { grain: Grain; writer?: string; combine: Combine; rows: readonly BucketValue[] },
): Promise<void> {
  if (input.rows.length === 0) return;
  await db.query(
    `INSERT INTO insight_buckets (grain, series, bucket_start, label, writer, value)
     SELECT $1, s, b, l, $2, v FROM unnest($3::text[], $4::timestamptz[], $5::text[], $6::float8[])
       AS t(s, b, l, v)
     ON CONFLICT (grain, series, bucket_start, label, writer)
     DO UPDATE SET value = ${COMBINE[input.combine]}`,
    [
      input.grain,
      input.writer ?? '',
      input.rows.map((row) => row.series),
      input.rows.map((row) => row.bucketStart.toISOString()),
      input.rows.map((row) => row.label ?? ''),
      input.rows.map((row) => row.value),
    ],
  );
}

/**
 * Hour rows of a series from its minute rows, every writer together: `sum` for counts, `min`
 * for the allowance. Recomputed whole each time, so re-running it is harmless.
 */
export async function rollMinutesIntoHours(
  db: Db,
  input: { series: SeriesName; aggregate: 'sum' | 'min'; from: Date; to: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO insight_buckets (grain, series, bucket_start, label, writer, value)
     SELECT 'hour', series, date_bin('1 hour', bucket_start, TIMESTAMPTZ '2000-01-01T00:00:00Z'),
       label, '', ${input.aggregate === 'sum' ? 'sum' : 'min'}(value)
     FROM insight_buckets
     WHERE grain = 'minute' AND series = $1 AND bucket_start >= $2 AND bucket_start < $3
     GROUP BY 2, 3, 4
     ON CONFLICT (grain, series, bucket_start, label, writer) DO UPDATE SET value = EXCLUDED.value`,
    [input.series, input.from.toISOString(), input.to.toISOString()],
  );
}

export interface StoredBucket {
  series: string;
  bucketStart: Date;
  label: string;
  /** Every writer's values added up (counts). */
  total: number;
  /** The least of the writers' values (the allowance). */
  least: number;
}

/** The buckets of one grain in [from, to), each writer's rows combined. */
export async function readBuckets(
  db: Db,
  input: { grain: Grain; from: Date; to: Date },
): Promise<StoredBucket[]> {
  const rows = await db.query<{
    series: string;
    bucket_start: Date | string;
    label: string;
    total: number;
    least: number;
  }>(
    `SELECT series, bucket_start, label, sum(value) AS total, min(value) AS least
     FROM insight_buckets WHERE grain = $1 AND bucket_start >= $2 AND bucket_start < $3
     GROUP BY 1, 2, 3 ORDER BY 2`,
    [input.grain, input.from.toISOString(), input.to.toISOString()],
  );
  return rows.map((row) => ({
    series: row.series,
    bucketStart: new Date(row.bucket_start),
    label: row.label,
    total: Number(row.total),
    least: Number(row.least),
  }));
}

/** Up to where the grain's closed buckets are rolled up (null: never). */
export async function readMark(db: Db, grain: Grain): Promise<Date | null> {
  const rows = await db.query<{ closed_until: Date | string }>(
    `SELECT closed_until FROM insight_rollup_marks WHERE grain = $1`,
    [grain],
  );
  return rows[0] ? new Date(rows[0].closed_until) : null;
}

/** Only ever forward: an instance with an older view cannot move it back. */
export async function advanceMark(db: Db, grain: Grain, closedUntil: Date): Promise<void> {
  await db.query(
    `INSERT INTO insight_rollup_marks (grain, closed_until) VALUES ($1, $2)
     ON CONFLICT (grain) DO UPDATE
     SET closed_until = GREATEST(insight_rollup_marks.closed_until, EXCLUDED.closed_until)`,
    [grain, closedUntil.toISOString()],
  );
}

/** The database's clock: every fact's timestamp comes from it, so buckets close on it too. */
export async function databaseNow(db: Db): Promise<Date> {
  const rows = await db.query<{ now: Date | string }>(`SELECT now() AS now`);
  return new Date(rows[0]?.now ?? Date.now());
}

/** Deletes one batch of a grain's rows older than `before`; returns how many it deleted. */
export async function pruneBucketBatch(
  db: Db,
  input: { grain: Grain; before: Date; batchSize: number },
): Promise<number> {
  const rows = await db.query(
    `DELETE FROM insight_buckets WHERE ctid IN (
       SELECT ctid FROM insight_buckets WHERE grain = $1 AND bucket_start < $2 LIMIT $3)
     RETURNING 1`,
    [input.grain, input.before.toISOString(), input.batchSize],
  );
  return rows.length;
}
