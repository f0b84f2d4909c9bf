import { z } from 'zod';

import type { JobQueue } from '../../queue';
import { drainDirty } from '../drain-dirty';
import { importCatalogPage } from './catalog-import';
import { type CatalogDeps, syncProducts } from './sync-products';

export const CatalogSyncJob = z.object({ trigger: z.enum(['webhook', 'import']) });

/** Products per round: one product read and one price read of 200 each. */
const ROUND_SIZE = 200;

/**
 * Import pages walk the catalog; webhook jobs drain the products Brightpearl announced through
 * the shared drain (a failed round gives its products back for the retry).
 */
export async function runCatalogSync(
  deps: CatalogDeps & { queue: JobQueue; coalesceMs: number },
  job: z.infer<typeof CatalogSyncJob>,
): Promise<void> {
  if (job.trigger === 'import') return importCatalogPage(deps);
  await drainDirty(deps.db, {
    kind: 'catalog',
    roundSize: ROUND_SIZE,
    coalesceMs: deps.coalesceMs,
    handle: async (ids) => void (await syncProducts(deps, ids)),
  });
}
