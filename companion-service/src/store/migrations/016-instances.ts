import type { Migration } from './migration';

/**
 * Companion instances and the jobs each has in hand, refreshed by a heartbeat (ADR 0016). A
 * row whose heartbeat stopped belongs to a crashed instance: the jobs no live instance holds are
 * handed back to the queue at once instead of waiting out pg-boss's expiry.
 */
export const instancesMigration: Migration = {
  version: 16,
  name: 'instances',
  sql: `
CREATE TABLE instances (id text PRIMARY KEY, started_at timestamptz NOT NULL DEFAULT now(), heartbeat_at timestamptz NOT NULL DEFAULT now(), jobs_in_hand text[] NOT NULL DEFAULT '{}');
`,
};
