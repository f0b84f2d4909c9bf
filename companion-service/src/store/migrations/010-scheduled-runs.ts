import type { Migration } from './migration';

/**
 * One row each time a scheduled job (full compare, reconciliation, lifecycle sweep) actually runs
 * its body, so "at most one run per interval, cluster-wide" can be checked (ADR 0011).
 * `slot_start` is the start of the interval the run belongs to; `owner` the instance that ran it.
 * A run a crash cut short stays 'running' until the next holder of the job's lease marks it
 * 'abandoned'; a failed run ('failed') is retried by pg-boss and does not count.
 */
export const scheduledRunsMigration: Migration = {
  version: 10,
  name: 'scheduled-runs',
  sql: `
CREATE TABLE scheduled_runs (id bigserial PRIMARY KEY, job text NOT NULL, slot_start timestamptz NOT NULL, owner text NOT NULL, started_at timestamptz NOT NULL DEFAULT now(), job_id text, finished_at timestamptz, outcome text NOT NULL DEFAULT 'running' CHECK (outcome IN ('running','done','failed','abandoned')));
CREATE INDEX scheduled_runs_slot_idx ON scheduled_runs (job, slot_start);
`,
};
