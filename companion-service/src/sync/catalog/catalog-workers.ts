import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { CatalogSyncJob, runCatalogSync } from './catalog-sync-job';
import { createProductInBrightpearl, ProductCreateJob } from './product-create';
import type { CatalogDeps } from './sync-products';

export async function startCatalogWorkers(
  deps: CatalogDeps & { queue: JobQueue; logger: Logger },
  options: { coalesceMs: number },
): Promise<void> {
  await deps.queue.work<unknown>(
    'catalog-sync',
    (job) =>
      runCatalogSync({ ...deps, coalesceMs: options.coalesceMs }, CatalogSyncJob.parse(job.data)),
    { concurrency: 2 },
  );
  await deps.queue.work<unknown>(
    'product-create',
    async (job) => {
      await createProductInBrightpearl(deps, ProductCreateJob.parse(job.data));
    },
    { concurrency: 2 },
  );
}
