import type { Migration } from './migration';

/** Tables of the order flow (Kentico order → Brightpearl sales order → id written back). */
export const ordersMigration: Migration = {
  version: 1,
  name: 'orders',
  sql: `
CREATE TABLE inbox_events (event_id uuid PRIMARY KEY, source text NOT NULL, type text NOT NULL, object_key text NOT NULL, payload jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE order_sync (order_guid uuid PRIMARY KEY, order_number text, state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','syncing','synced','dead-lettered')), brightpearl_order_id bigint UNIQUE, create_sent_at timestamptz, lease_until timestamptz, attempts int NOT NULL DEFAULT 0, brightpearl_calls int NOT NULL DEFAULT 0, customer_kind text CHECK (customer_kind IN ('new','returning')), last_error text, received_at timestamptz NOT NULL DEFAULT now(), synced_at timestamptz, written_back_at timestamptz, updated_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX order_sync_state_idx ON order_sync (state);
CREATE TABLE contact_bindings (kentico_customer_guid uuid PRIMARY KEY, brightpearl_contact_id bigint NOT NULL, email_hash text, updated_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX contact_bindings_contact_idx ON contact_bindings (brightpearl_contact_id);
CREATE TABLE email_contact_cache (email_hash text PRIMARY KEY, brightpearl_contact_id bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE product_bindings (sku text PRIMARY KEY, brightpearl_product_id bigint NOT NULL UNIQUE, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE dead_letters (id bigserial PRIMARY KEY, flow text NOT NULL, record_key text NOT NULL, reason text NOT NULL, message text NOT NULL, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), resolved_at timestamptz);
CREATE INDEX dead_letters_open_idx ON dead_letters (reason) WHERE resolved_at IS NULL;
`,
};
