import type { Migration } from './migration';

/**
 * The mapping version each record was synced with (ADR 0013): the newest successful sync's on
 * the binding, each sync's on the order's history. Null for records synced before this.
 */
export const mappingVersionMigration: Migration = {
  version: 11,
  name: 'mapping-version',
  sql: `
ALTER TABLE order_sync ADD COLUMN mapping_version integer;
ALTER TABLE order_sync_history ADD COLUMN mapping_version integer;
ALTER TABLE refund_sync ADD COLUMN mapping_version integer;
ALTER TABLE order_payments ADD COLUMN mapping_version integer;
ALTER TABLE customer_sync ADD COLUMN mapping_version integer;
`,
};
