import type { SyncStatus } from '@bpkc/shared-types';

import type { Db } from '../store';
import { readCatalogImport } from '../sync/catalog/catalog-import';
import { countDirty } from '../sync/dirty-records';

export async function readStockStatus(db: Db): Promise<SyncStatus['stock']> {
  const [run] = await db.query<{
    finished_at: Date | string;
    skus: number;
    drift: number;
    brightpearl_calls: number;
  }>(
    `SELECT finished_at, skus, drift, brightpearl_calls FROM stock_compare_runs
     WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1`,
  );
  return {
    pendingProducts: await countDirty(db, 'stock'),
    lastFullCompare: run
      ? {
          finishedAt: new Date(run.finished_at).toISOString(),
          skus: Number(run.skus),
          drift: Number(run.drift),
          calls: Number(run.brightpearl_calls),
        }
      : null,
  };
}

export async function readCatalogStatus(db: Db): Promise<SyncStatus['catalog']> {
  const state = await readCatalogImport(db);
  return {
    pendingProducts: await countDirty(db, 'catalog'),
    import: state ? { status: state.status, imported: state.imported, pages: state.pages } : null,
  };
}
