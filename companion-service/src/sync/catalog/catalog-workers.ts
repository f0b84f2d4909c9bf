import { withMapping, type WithMappingSource } from '../../mapping';
import type { Logger } from '../../observability/logger';
import { type JobQueue, parseJobPayload } from '../../queue';
import { whenFlowOn } from '../../settings';
import { CatalogSyncJob, runCatalogSync } from './catalog-sync-job';
import {
  createProductInBrightpearl,
  PRODUCT_DEAD_LETTERS,
  ProductCreateJob,
} from './product-create';
import type { CatalogDeps } from './sync-products';

export async function startCatalogWorkers(
  deps: WithMappingSource<CatalogDeps> & { queue: JobQueue; logger: Logger },
  options: { coalesceMs: number },
): Promise<void> {
  await deps.queue.work<unknown>(
    'catalog-sync',
    // Each job reads the stored mapping once, when it starts (mapping/with-mapping.ts); switched
    // off in the settings, it leaves its work for the catch-up (settings/).
    withMapping(
      deps,
      whenFlowOn('catalog', (jobDeps, job) =>
        runCatalogSync(
          { ...jobDeps, coalesceMs: options.coalesceMs },
          parseJobPayload(CatalogSyncJob, job.data),
        ),
      ),
    ),
    { concurrency: 2 },
  );
  await deps.queue.work<unknown>(
    'product-create',
    withMapping(
      deps,
      whenFlowOn('catalog', (jobDeps, job) =>
        createProductInBrightpearl(jobDeps, parseJobPayload(ProductCreateJob, job.data)),
      ),
    ),
    { concurrency: 2, deadLetters: PRODUCT_DEAD_LETTERS },
  );
}
