import type { Migration } from './migration';

/**
 * What the Jobs screen's progress bars need (sync/catalog, sync/stock): the catalog import's
 * total (Brightpearl's `resultsAvailable` on the first page) and the full compare's total,
 * products gone through so far, and runs a crash cut short (superseded by the next run).
 */
export const jobProgressMigration: Migration = {
  version: 27,
  name: 'job-progress',
  sql: `
ALTER TABLE catalog_import ADD COLUMN total INT;
ALTER TABLE stock_compare_runs ADD COLUMN total INT;
ALTER TABLE stock_compare_runs ADD COLUMN done INT NOT NULL DEFAULT 0;
ALTER TABLE stock_compare_runs ADD COLUMN abandoned BOOLEAN NOT NULL DEFAULT false;
`,
};
