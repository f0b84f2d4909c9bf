import type { SyncStatus } from '@bpkc/shared-types';

import type { Db } from '../store';
import { readCatalogImport } from '../sync/catalog/catalog-import';
import { countDirty } from '../sync/dirty-records';
import { lastFullCompare } from '../sync/stock/stock-reports';

export async function readStockStatus(db: Db): Promise<SyncStatus['stock']> {
  const run = await lastFullCompare(db);
  return {
    pendingProducts: await countDirty(db, 'stock'),
    lastFullCompare: run ? { ...run, finishedAt: new Date(run.finishedAt).toISOString() } : null,
  };
}

export async function readCatalogStatus(db: Db): Promise<SyncStatus['catalog']> {
  const state = await readCatalogImport(db);
  return {
    pendingProducts: await countDirty(db, 'catalog'),
    import: state ? { status: state.status, imported: state.imported, pages: state.pages } : null,
  };
}
