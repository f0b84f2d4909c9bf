import type { Migration } from './migration';

/**
 * The largest account cap any instance has learned from Brightpearl's headers, kept on the
 * budget's lock row (ADR 0020): an instance whose first answers came while the others filled
 * the window would otherwise learn a low bound and starve.
 */
export const budgetClusterCapMigration: Migration = {
  version: 21,
  name: 'budget-cluster-cap',
  sql: `ALTER TABLE brightpearl_budget_lock ADD COLUMN learned_cap integer;`,
};
