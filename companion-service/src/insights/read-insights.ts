import type { Insights, InsightsRange } from '@bpkc/shared-types';

import type { Db } from '../store';
import { databaseNow, readBuckets, type StoredBucket } from './insight-store';
import { bucketOf, type Grain, GRAIN_MS, HOUR_MS, MINUTE_MS, SERIES } from './series';

const RANGE_HOURS: Record<InsightsRange, number> = { '24h': 24, '7d': 7 * 24, '30d': 30 * 24 };

/** Bucket starts, oldest first, ending with the one holding `now`. */
function gridOf(now: Date, grain: Grain, count: number): Date[] {
  const last = bucketOf(now, grain).getTime();
  return Array.from(
    { length: count },
    (_, i) => new Date(last - (count - 1 - i) * GRAIN_MS[grain]),
  );
}

/** One series on the grid; buckets without a row get `missing`. */
function aligned<T>(
  grid: readonly Date[],
  rows: readonly StoredBucket[],
  read: { pick: (row: StoredBucket) => T; missing: T },
): T[] {
  const byTime = new Map(rows.map((row) => [row.bucketStart.getTime(), read.pick(row)]));
  return grid.map((at) => byTime.get(at.getTime()) ?? read.missing);
}

const TOTAL = { pick: (row: StoredBucket) => row.total, missing: 0 };
const TOTAL_OR_NULL = { pick: (row: StoredBucket): number | null => row.total, missing: null };
const LEAST_OR_NULL = { pick: (row: StoredBucket): number | null => row.least, missing: null };

const only = (rows: readonly StoredBucket[], series: string) =>
  rows.filter((row) => row.series === series);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The merchant's charts for a range, as the scheduled roll-up left them (insights-job.ts, every
 * 30 s, the hour still filling included). A pure read: a view-only user writes nothing, and
 * readers on several instances cannot race; a range with nothing recorded gives empty series.
 */
export async function readInsights(
  db: Db,
  input: { range: InsightsRange; now?: Date },
): Promise<Insights> {
  const now = input.now ?? (await databaseNow(db));
  const hours = RANGE_HOURS[input.range];
  const hourly = await hourlyInsights(db, gridOf(now, 'hour', hours));
  const budget = await budgetInsights(db, { now, hours });
  return {
    range: input.range,
    generatedAt: now.toISOString(),
    hourly: hourly.series,
    budget: budget.series,
    totals: {
      ordersSynced: sum(hourly.series.ordersSynced),
      stockPushes: sum(hourly.series.stockPushes),
      failures: sum(hourly.series.failuresByReason.flatMap((failure) => failure.counts)),
      requestsSent: budget.requestsSent,
    },
  };
}

async function hourlyInsights(db: Db, grid: Date[]) {
  const rows = await readBuckets(db, {
    grain: 'hour',
    from: grid[0] ?? new Date(),
    to: new Date((grid.at(-1)?.getTime() ?? 0) + HOUR_MS),
  });
  const charted = rows.filter(
    (row) => row.series !== SERIES.requests && row.series !== SERIES.remaining,
  );
  const shown = charted.length > 0 ? grid : [];
  const count = (series: string) => aligned(shown, only(charted, series), TOTAL);
  const reasons = [...new Set(only(charted, SERIES.failures).map((row) => row.label))].sort();
  return {
    series: {
      buckets: shown.map((at) => at.toISOString()),
      ordersSynced: count(SERIES.ordersSynced),
      stockPushes: count(SERIES.stockPushes),
      failuresByReason: reasons.map((reason) => ({
        reason,
        counts: aligned(
          shown,
          only(charted, SERIES.failures).filter((row) => row.label === reason),
          TOTAL,
        ),
      })),
      latencyP50Seconds: aligned(shown, only(charted, SERIES.latencyP50), TOTAL_OR_NULL),
      latencyP95Seconds: aligned(shown, only(charted, SERIES.latencyP95), TOTAL_OR_NULL),
    },
  };
}

/** Per minute over 24 h; per hour (per-minute averages) over longer ranges. */
async function budgetInsights(db: Db, input: { now: Date; hours: number }) {
  const grain: Grain = input.hours <= 24 ? 'minute' : 'hour';
  const grid = gridOf(input.now, grain, (input.hours * HOUR_MS) / GRAIN_MS[grain]);
  const rows = await readBuckets(db, {
    grain,
    from: grid[0] ?? input.now,
    to: new Date((grid.at(-1)?.getTime() ?? 0) + GRAIN_MS[grain]),
  });
  const requests = only(rows, SERIES.requests);
  const shown = requests.length > 0 ? grid : [];
  // An hour's requests as a per-minute average; the hour still filling over its minutes so far.
  const minutesIn = (at: Date) =>
    grain === 'minute'
      ? 1
      : Math.min(60, Math.max(1, Math.ceil((input.now.getTime() - at.getTime()) / MINUTE_MS)));
  const perBucket = aligned(shown, requests, TOTAL);
  return {
    requestsSent: sum(perBucket),
    series: {
      resolution: grain,
      buckets: shown.map((at) => at.toISOString()),
      requestsSent: perBucket.map((total, i) => round(total / minutesIn(shown[i] as Date))),
      remainingMin: aligned(shown, only(rows, SERIES.remaining), LEAST_OR_NULL),
    },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
