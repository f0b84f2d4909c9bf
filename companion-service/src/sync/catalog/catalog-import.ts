import { PRIORITY } from '../../brightpearl';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { type CatalogDeps, syncProducts } from './sync-products';

/** One page of the import: a product search page, then one product and one price read. */
export const IMPORT_PAGE_SIZE = 200;

export interface CatalogImportState {
  status: 'running' | 'finished';
  imported: number;
  pages: number;
  nextFirstResult: number;
  /** Products Brightpearl's search matches (null until the first page is read). */
  total: number | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/**
 * Starts a full import unless one is running (once per cluster: the one row decides); a
 * finished one is started again. Returns false when one was already running.
 */
export async function startCatalogImport(deps: {
  db: Db;
  queue: JobQueue;
  /** Written in the starting transaction (an operator's audit row). */
  onStarted?: (tx: Db) => Promise<void>;
}): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const started = await tx.query(
      `INSERT INTO catalog_import (id, status, next_first_result) VALUES (1, 'running', 1)
       ON CONFLICT (id) DO UPDATE SET status = 'running', next_first_result = 1, imported = 0,
         pages = 0, total = NULL, started_at = now(), finished_at = NULL
       WHERE catalog_import.status = 'finished'
       RETURNING id`,
    );
    if (started.length === 0) return false;
    await deps.queue.enqueue('catalog-sync', { trigger: 'import' }, { db: tx });
    await deps.onStarted?.(tx);
    return true;
  });
}

/**
 * Imports the page the cursor points at, then advances the cursor and enqueues the next page
 * in one transaction. A crash anywhere re-runs the same page (upserts by SKU: no duplicates)
 * and the import resumes where it stopped.
 */
export async function importCatalogPage(deps: CatalogDeps & { queue: JobQueue }): Promise<void> {
  const state = await readCatalogImport(deps.db);
  if (state?.status !== 'running') return;
  const meter = new CallMeter(PRIORITY.catalog);
  const page = await deps.brightpearl.searchProducts(
    { firstResult: state.nextFirstResult, pageSize: IMPORT_PAGE_SIZE },
    meter.call,
  );
  const { products } = await syncProducts(
    deps,
    page.rows.map((row) => row.productId),
  );
  const next = page.morePagesAvailable ? page.nextFirstResult : null;
  await deps.db.transaction(async (tx) => {
    await tx.query(
      `UPDATE catalog_import SET imported = imported + $1, pages = pages + 1, total = $4,
         next_first_result = coalesce($2, next_first_result),
         status = CASE WHEN $2::int IS NULL THEN 'finished' ELSE 'running' END,
         finished_at = CASE WHEN $2::int IS NULL THEN now() ELSE NULL END
       WHERE id = 1 AND next_first_result = $3`,
      [products, next, state.nextFirstResult, page.resultsAvailable],
    );
    if (next !== null) await deps.queue.enqueue('catalog-sync', { trigger: 'import' }, { db: tx });
  });
}

export async function readCatalogImport(db: Db): Promise<CatalogImportState | undefined> {
  const [row] = await db.query<{
    status: 'running' | 'finished';
    imported: number;
    pages: number;
    next_first_result: number;
    total: number | null;
    started_at: Date | string;
    finished_at: Date | string | null;
  }>(
    `SELECT status, imported, pages, next_first_result, total, started_at, finished_at
     FROM catalog_import WHERE id = 1`,
  );
  return row
    ? {
        status: row.status,
        imported: row.imported,
        pages: row.pages,
        nextFirstResult: row.next_first_result,
        total: row.total,
        startedAt: new Date(row.started_at),
        finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
      }
    : undefined;
}
