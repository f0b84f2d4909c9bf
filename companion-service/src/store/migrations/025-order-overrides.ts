import type { Migration } from './migration';

/**
 * Corrections a merchant made to an order before retrying it (edit and replay): applied to the
 * Kentico order right after it is read, so Brightpearl gets the corrected data. Kentico keeps
 * its own copy. Owned by sync/orders/order-overrides.ts.
 */
export const orderOverridesMigration: Migration = {
  version: 25,
  name: 'order-overrides',
  sql: `
CREATE TABLE order_overrides (
  order_guid uuid PRIMARY KEY,
  override jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
};
