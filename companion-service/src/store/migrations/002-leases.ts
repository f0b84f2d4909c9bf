import type { Migration } from './migration';

/**
 * Per-record leases (ADR 0003): one row per record being worked on, with an expiry so a
 * crashed holder never blocks the record for longer than its TTL.
 */
export const leasesMigration: Migration = {
  version: 2,
  name: 'leases',
  sql: `
CREATE TABLE leases (key text PRIMARY KEY, owner text NOT NULL, lease_until timestamptz NOT NULL);
ALTER TABLE order_sync DROP COLUMN lease_until;
`,
};
