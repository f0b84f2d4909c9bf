import type { Migration } from './migration';

/**
 * Stock and catalog sync. `dirty_records` buffers Brightpearl ids announced by webhooks until a
 * worker claims them, so bursts coalesce into few reads and a crashed worker's claim expires.
 */
export const stockAndCatalogMigration: Migration = {
  version: 3,
  name: 'stock-and-catalog',
  sql: `
CREATE TABLE installation_settings (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE dirty_records (kind text NOT NULL, record_id bigint NOT NULL, marked_at timestamptz NOT NULL DEFAULT now(), claim text, claimed_at timestamptz, PRIMARY KEY (kind, record_id));
CREATE INDEX dirty_records_unclaimed_idx ON dirty_records (kind, record_id) WHERE claim IS NULL;
CREATE TABLE stock_levels (sku text PRIMARY KEY, available int NOT NULL, pushed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE stock_compare_runs (id bigserial PRIMARY KEY, started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz, skus int NOT NULL DEFAULT 0, drift int NOT NULL DEFAULT 0, brightpearl_calls int NOT NULL DEFAULT 0);
CREATE TABLE catalog_import (id int PRIMARY KEY CHECK (id = 1), status text NOT NULL CHECK (status IN ('running','finished')), next_first_result int NOT NULL, imported int NOT NULL DEFAULT 0, pages int NOT NULL DEFAULT 0, started_at timestamptz NOT NULL DEFAULT now(), finished_at timestamptz);
`,
};
