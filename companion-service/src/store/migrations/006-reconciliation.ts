import type { Migration } from './migration';

/** Orders the reconciliation sweep found missing in Brightpearl (for alerts and the admin). */
export const reconciliationMigration: Migration = {
  version: 6,
  name: 'reconciliation',
  sql: `
CREATE TABLE reconcile_findings (order_guid uuid NOT NULL, order_number text, kind text NOT NULL CHECK (kind IN ('never-synced','missing-in-brightpearl')), found_at timestamptz NOT NULL DEFAULT now(), alerted_at timestamptz, PRIMARY KEY (order_guid, found_at));
CREATE TABLE reconcile_runs (id bigserial PRIMARY KEY, started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz, orders_checked int NOT NULL DEFAULT 0, missing int NOT NULL DEFAULT 0, brightpearl_calls int NOT NULL DEFAULT 0);
`,
};
