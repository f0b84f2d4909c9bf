import type { Migration } from './migration';

/**
 * One row per successful order sync (the first one, a resend, a replay, a reconciliation), so a
 * resend adds to the order's timeline instead of overwriting its first sync time (ADR 0012).
 * Orders synced before this migration get their one known sync copied in.
 */
export const orderSyncHistoryMigration: Migration = {
  version: 9,
  name: 'order-sync-history',
  sql: `
CREATE TABLE order_sync_history (id bigserial PRIMARY KEY, order_guid uuid NOT NULL, synced_at timestamptz NOT NULL DEFAULT now(), brightpearl_order_id bigint NOT NULL, trigger text, attempts int NOT NULL DEFAULT 0);
CREATE INDEX order_sync_history_order_idx ON order_sync_history (order_guid, synced_at);
CREATE INDEX order_sync_history_synced_idx ON order_sync_history (synced_at);
INSERT INTO order_sync_history (order_guid, synced_at, brightpearl_order_id, attempts)
  SELECT order_guid, synced_at, brightpearl_order_id, attempts FROM order_sync
  WHERE synced_at IS NOT NULL AND brightpearl_order_id IS NOT NULL;
`,
};
