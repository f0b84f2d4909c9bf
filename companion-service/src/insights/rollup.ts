import { failuresOpenedPerHour } from '../dead-letters/dead-letter-buckets';
import type { Db } from '../store';
import { orderLatencyPerHour, ordersSyncedPerHour } from '../sync/orders/order-sync-insights';
import {
  advanceMark,
  type BucketValue,
  databaseNow,
  readMark,
  rollMinutesIntoHours,
  upsertBuckets,
} from './insight-store';
import { bucketOf, DAY_MS, type Grain, GRAIN_MS, SERIES } from './series';

export interface RollUpOptions {
  /** Default: the database's clock. */
  now?: Date;
  /**
   * Also the hour still filling, so a chart shows the last minutes (the scheduled run does).
   * Its rows are recomputed whole at every run, so this never double counts.
   */
  includePartial?: boolean;
  /** How far back a first run (or one after a long outage) starts; default 31 days. */
  lookbackDays?: number;
}

interface Window {
  from: Date;
  to: Date;
}

/**
 * Rolls every hour since the last run up from what holds the facts (the tables of orders and
 * failures; the minute rows of stock pushes and Brightpearl requests), catching up after
 * downtime. Idempotent: hours are recomputed to the same values (the last one again, for facts
 * committed late), so two instances, or a run after a crash, never double count.
 */
export async function rollUp(db: Db, options: RollUpOptions = {}): Promise<void> {
  const now = options.now ?? (await databaseNow(db));
  const hours = await windowFor(db, {
    grain: 'hour',
    now,
    oldest: now.getTime() - (options.lookbackDays ?? 31) * DAY_MS,
    includePartial: options.includePartial,
  });
  if (hours) await rollHours(db, hours);
  await advanceMark(db, 'hour', bucketOf(now, 'hour'));
}

/** From one bucket before the mark (late facts) to the last closed bucket, or `now` too. */
async function windowFor(
  db: Db,
  input: { grain: Grain; now: Date; oldest: number; includePartial?: boolean },
): Promise<Window | null> {
  const mark = await readMark(db, input.grain);
  const fromMs = Math.max(
    input.oldest,
    mark ? mark.getTime() - GRAIN_MS[input.grain] : Number.NEGATIVE_INFINITY,
  );
  const from = bucketOf(new Date(fromMs), input.grain);
  const closed = bucketOf(input.now, input.grain);
  const to = input.includePartial ? new Date(closed.getTime() + GRAIN_MS[input.grain]) : closed;
  return from < to ? { from, to } : null;
}

async function rollHours(db: Db, window: Window): Promise<void> {
  const [orders, latency, failures] = await Promise.all([
    ordersSyncedPerHour(db, window),
    orderLatencyPerHour(db, window),
    failuresOpenedPerHour(db, window),
  ]);
  const rows: BucketValue[] = [
    ...orders.map((row) => ({
      series: SERIES.ordersSynced,
      bucketStart: row.bucketStart,
      value: row.count,
    })),
    ...latency.flatMap((row) => [
      { series: SERIES.latencyP50, bucketStart: row.bucketStart, value: row.p50 },
      { series: SERIES.latencyP95, bucketStart: row.bucketStart, value: row.p95 },
    ]),
    ...failures.map((row) => ({
      series: SERIES.failures,
      bucketStart: row.bucketStart,
      label: row.reason,
      value: row.count,
    })),
  ];
  await upsertBuckets(db, { grain: 'hour', combine: 'set', rows });
  // Minute rows are whole minutes: the window's whole hours hold exactly theirs.
  await rollMinutesIntoHours(db, { series: SERIES.stockPushes, aggregate: 'sum', ...window });
  await rollMinutesIntoHours(db, { series: SERIES.requests, aggregate: 'sum', ...window });
  await rollMinutesIntoHours(db, { series: SERIES.remaining, aggregate: 'min', ...window });
}
