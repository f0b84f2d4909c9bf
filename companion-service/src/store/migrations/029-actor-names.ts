import type { Migration } from './migration';

/**
 * The person behind an audit entry and a mapping version: the admin token's `name` (the Kentico
 * user's full name) beside its `sub`, so the Audit screen and the version history show a name.
 * Nullable: rows from before, and tokens without a name, fall back to the id.
 */
export const actorNamesMigration: Migration = {
  version: 29,
  name: 'actor-names',
  sql: `
ALTER TABLE audit_log ADD COLUMN actor_name text;
ALTER TABLE mapping_versions ADD COLUMN author_name text;
`,
};
