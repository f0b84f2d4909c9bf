import type { Migration } from './migration';

/** Fulfilment, status, payments, refunds and customers (issue: the rest of the lifecycle). */
export const lifecycleMigration: Migration = {
  version: 4,
  name: 'lifecycle',
  sql: `
ALTER TABLE order_sync ADD COLUMN brightpearl_contact_id bigint;
CREATE TABLE order_status_sync (order_guid uuid PRIMARY KEY, kentico_status text, brightpearl_status_id int, last_written_by_sync text CHECK (last_written_by_sync IN ('kentico','brightpearl')), updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE order_payments (order_guid uuid PRIMARY KEY, fee numeric(19,4), fee_state text CHECK (fee_state IN ('due','sent','posted','dead-lettered')), fee_journal_id bigint, state text NOT NULL CHECK (state IN ('due','sent','recorded','dead-lettered')), transaction_ref text NOT NULL UNIQUE, brightpearl_payment_id bigint, claim text, claimed_at timestamptz, sent_at timestamptz, recorded_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE flow_calls (flow text PRIMARY KEY, calls bigint NOT NULL DEFAULT 0);
CREATE TABLE shipments (goods_out_note_id bigint PRIMARY KEY, order_guid uuid NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE refund_sync (refund_guid uuid PRIMARY KEY, order_guid uuid NOT NULL, total numeric(19,4) NOT NULL DEFAULT 0, state text NOT NULL CHECK (state IN ('pending','synced','dead-lettered')), brightpearl_credit_id bigint UNIQUE, create_sent_at timestamptz, payment_id bigint, brightpearl_calls int NOT NULL DEFAULT 0, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE credits_from_brightpearl (brightpearl_credit_id bigint PRIMARY KEY, order_guid uuid NOT NULL, refund_guid uuid NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE customer_sync (kentico_customer_guid uuid PRIMARY KEY, brightpearl_contact_id bigint NOT NULL, identity_hash text, credit_hash text, updated_at timestamptz NOT NULL DEFAULT now());
`,
};
