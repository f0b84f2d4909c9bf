import { type MappingSnapshotDeps, withMapping, type WithMappingSource } from '../../mapping';
import type { JobQueue } from '../../queue';
import type { IntervalSource } from '../../queue/schedule';
import { flowEnabled, whenFlowOn } from '../../settings';
import { type StockDeps } from './push-stock';
import { startScheduledJob } from '../scheduled-job';
import { compareAllStock, FULL_COMPARE_LEASE } from './full-compare';
import { DEFAULT_COALESCE_MAX_MS } from './coalesce-window';
import { runStockSync } from './stock-sync-job';

/** Stock workers plus this instance's schedule for the full compare. Returns a stop function. */
export async function startStockWorkers(
  deps: WithMappingSource<StockDeps> & { queue: JobQueue },
  options: { coalesceMs: number; coalesceMaxMs?: number; fullCompareSeconds: IntervalSource },
): Promise<() => void> {
  await deps.queue.work(
    'stock-sync',
    // Registered whatever the mapping says; each job decides with the mapping it read.
    // Switched off (settings), the job leaves the dirty SKUs for the catch-up (settings/).
    withMapping(
      deps,
      whenFlowOn('stock', (jobDeps) =>
        stockSyncs(jobDeps)
          ? runStockSync({
              ...jobDeps,
              coalesceMs: options.coalesceMs,
              coalesceMaxMs: options.coalesceMaxMs ?? DEFAULT_COALESCE_MAX_MS,
            })
          : none,
      ),
    ),
    {
      concurrency: 2,
    },
  );
  // Once per interval across the cluster, under the lease an operator's "run now" also takes.
  return startScheduledJob(deps, {
    name: 'stock-full-compare',
    intervalSeconds: options.fullCompareSeconds,
    leaseKey: FULL_COMPARE_LEASE,
    handler: withMapping(deps, (jobDeps) =>
      stockSyncs(jobDeps) && flowEnabled(jobDeps.mapping, 'stock')
        ? compareAllStock(jobDeps)
        : none,
    ),
  });
}

/** Mapping `catalog.stock: 'none'`: stock is not synced (a later version may turn it on). */
const stockSyncs = (deps: MappingSnapshotDeps): boolean => deps.mapping.catalog.stock !== 'none';
const none = Promise.resolve();
