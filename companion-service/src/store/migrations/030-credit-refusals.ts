import type { Migration } from './migration';

/**
 * A Brightpearl sales credit that Kentico refused for good is remembered as dead-lettered (no
 * Kentico refund yet), so the credits sweep neither records it nor dead-letters it again, and a
 * replay marks it for the next sweep to record (sync/refunds/credit-refusals.ts).
 */
export const creditRefusalsMigration: Migration = {
  version: 30,
  name: 'credit-refusals',
  sql: `
ALTER TABLE credits_from_brightpearl ALTER COLUMN refund_guid DROP NOT NULL;
ALTER TABLE credits_from_brightpearl ADD COLUMN state text NOT NULL DEFAULT 'recorded'
  CHECK (state IN ('recorded','dead-lettered','replay'));
CREATE INDEX credits_from_brightpearl_open ON credits_from_brightpearl (order_guid) WHERE state <> 'recorded';
`,
};
