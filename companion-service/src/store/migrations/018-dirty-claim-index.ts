import type { Migration } from './migration';

/**
 * Releasing or giving back a claim finds its rows by `claim`: without an index each round of a
 * large backlog (a webhook naming 200,000 products) scanned the whole table.
 */
export const dirtyClaimIndexMigration: Migration = {
  version: 18,
  name: 'dirty-claim-index',
  sql: `
CREATE INDEX dirty_records_claim ON dirty_records (claim) WHERE claim IS NOT NULL;
`,
};
