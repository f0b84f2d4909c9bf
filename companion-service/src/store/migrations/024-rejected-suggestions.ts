import type { Migration } from './migration';

/**
 * Suggestion pairings a person rejected (configuration/suggestions): never proposed again.
 * The id is the suggestion's own (`kind:kenticoValue:brightpearlValue`).
 */
export const rejectedSuggestionsMigration: Migration = {
  version: 24,
  name: 'rejected-suggestions',
  sql: `
CREATE TABLE rejected_suggestions (
  id TEXT PRIMARY KEY,
  rejected_by TEXT NOT NULL,
  rejected_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
};
