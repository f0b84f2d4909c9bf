import { setTimeout as sleep } from 'node:timers/promises';

import { z } from 'zod';

import type { JobQueue } from '../../queue';
import { claimDirty, releaseClaim } from '../dirty-records';
import { importCatalogPage } from './catalog-import';
import { type CatalogDeps, syncProducts } from './sync-products';

export const CatalogSyncJob = z.object({ trigger: z.enum(['webhook', 'import']) });

/** Products per round: one product read and one price read of 200 each. */
const ROUND_SIZE = 200;

/** Import pages walk the catalog; webhook jobs drain the products Brightpearl announced. */
export async function runCatalogSync(
  deps: CatalogDeps & { queue: JobQueue; coalesceMs: number },
  job: z.infer<typeof CatalogSyncJob>,
): Promise<void> {
  if (job.trigger === 'import') return importCatalogPage(deps);
  await sleep(deps.coalesceMs);
  for (;;) {
    const { claim, ids } = await claimDirty(deps.db, { kind: 'catalog', limit: ROUND_SIZE });
    if (ids.length === 0) return;
    await syncProducts(deps, ids);
    await releaseClaim(deps.db, claim);
  }
}
