import type { Migration } from './migration';

/**
 * The Brightpearl product records catalog sync read most recently (sync/catalog owns it): the
 * samples the product preview shapes at zero Brightpearl calls. Bounded by its writer (the
 * newest few dozen); `price_list_id` says which list `price` came from (null: none was read).
 */
export const productSamplesMigration: Migration = {
  version: 28,
  name: 'product-samples',
  sql: `
CREATE TABLE product_samples (
  brightpearl_product_id BIGINT PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  record JSONB NOT NULL,
  price DOUBLE PRECISION,
  price_list_id INT,
  seen_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX product_samples_seen_idx ON product_samples (seen_at DESC, brightpearl_product_id DESC);
`,
};
