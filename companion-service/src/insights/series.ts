/** What the Insights roll-ups store, and the bucket arithmetic they share. */

export const SERIES = {
  ordersSynced: 'orders_synced',
  stockPushes: 'stock_pushes',
  failures: 'failures',
  latencyP50: 'latency_p50',
  latencyP95: 'latency_p95',
  /** Sampled by each instance: Brightpearl requests it sent. */
  requests: 'bp_requests',
  /** Sampled by each instance: the least the account had left, as Brightpearl's answers said. */
  remaining: 'bp_remaining',
} as const;
export type SeriesName = (typeof SERIES)[keyof typeof SERIES];

export type Grain = 'minute' | 'hour';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const GRAIN_MS: Record<Grain, number> = { minute: MINUTE_MS, hour: HOUR_MS };

/** Minute rows are kept this long; hour rows for RETENTION_DAYS. */
export const MINUTE_RETENTION_MS = 48 * HOUR_MS;

/**
 * The bucket holding `at`. Buckets are aligned on the Unix epoch, as the SQL's
 * `date_bin(…, TIMESTAMPTZ '2000-01-01T00:00:00Z')` is (a whole number of hours after it).
 */
export const bucketOf = (at: Date, grain: Grain): Date =>
  new Date(Math.floor(at.getTime() / GRAIN_MS[grain]) * GRAIN_MS[grain]);
