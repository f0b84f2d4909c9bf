import type { Migration } from './migration';

/**
 * Business rules and checks (ADR 0026): an order may be held for a person, rejected by one, or
 * skipped by a rule; its findings and the decision are kept on the order. `order_annotations`
 * holds the note and custom fields a rule adds after the create, with their sent-markers.
 */
export const heldOrdersMigration: Migration = {
  version: 23,
  name: 'held-orders',
  sql: `
ALTER TABLE order_sync DROP CONSTRAINT IF EXISTS order_sync_state_check;
ALTER TABLE order_sync ADD CONSTRAINT order_sync_state_check
  CHECK (state IN ('pending','syncing','synced','dead-lettered','held','rejected','skipped'));
ALTER TABLE order_sync ADD COLUMN findings jsonb;
ALTER TABLE order_sync ADD COLUMN held_at timestamptz;
ALTER TABLE order_sync ADD COLUMN decided_by text;
ALTER TABLE order_sync ADD COLUMN decided_at timestamptz;
ALTER TABLE order_sync ADD COLUMN decision_reason text;
ALTER TABLE order_sync ADD COLUMN approved_by text;
ALTER TABLE order_sync ADD COLUMN approved_at timestamptz;
CREATE INDEX order_sync_set_aside_idx ON order_sync (state, held_at)
  WHERE state IN ('held','rejected','skipped');
CREATE TABLE order_annotations (order_guid uuid PRIMARY KEY, note text, custom_fields jsonb NOT NULL DEFAULT '{}', enqueued_at timestamptz, fields_sent_at timestamptz, note_attempted_at timestamptz, note_sent_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
`,
};
