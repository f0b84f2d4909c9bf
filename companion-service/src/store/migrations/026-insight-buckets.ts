import type { Migration } from './migration';

/**
 * Time-series roll-ups for the merchant's charts (insights/). One row per bucket, series, label
 * (a failure reason, else '') and writer: '' for what the cluster's roll-up computes from the
 * tables that hold the facts, an instance id for what each instance samples itself (its
 * Brightpearl requests and the allowance it saw), so several instances never add to one row.
 * `insight_rollup_marks` says up to where each grain's closed buckets are rolled up.
 */
export const insightBucketsMigration: Migration = {
  version: 26,
  name: 'insight-buckets',
  sql: `
CREATE TABLE insight_buckets (grain text NOT NULL CHECK (grain IN ('minute','hour')), series text NOT NULL, bucket_start timestamptz NOT NULL, label text NOT NULL DEFAULT '', writer text NOT NULL DEFAULT '', value double precision NOT NULL, PRIMARY KEY (grain, series, bucket_start, label, writer));
CREATE INDEX insight_buckets_start_idx ON insight_buckets (grain, bucket_start);
CREATE TABLE insight_rollup_marks (grain text PRIMARY KEY CHECK (grain IN ('minute','hour')), closed_until timestamptz NOT NULL);
`,
};
