import type { Migration } from './migration';

/**
 * One Brightpearl request budget across instances (ADR 0020): every request an instance sends
 * is claimed here first, under the lock row, so the cluster's count in the rolling window stays
 * under the allowance. Rows are pruned once they have left the window; the table stays small.
 */
export const brightpearlSendLedgerMigration: Migration = {
  version: 19,
  name: 'brightpearl-send-ledger',
  sql: `
CREATE TABLE brightpearl_send_ledger (id bigserial PRIMARY KEY, instance text NOT NULL, priority smallint NOT NULL, released_at timestamptz NOT NULL, done_at timestamptz);
CREATE TABLE brightpearl_budget_lock (id smallint PRIMARY KEY CHECK (id = 1));
INSERT INTO brightpearl_budget_lock (id) VALUES (1);
`,
};
