import type { JobQueue } from '../../queue';
import { type StockDeps } from './push-stock';
import { runStockFullCompare } from './full-compare';
import { runStockSync } from './stock-sync-job';

/** Stock workers plus the timer that schedules the full compare. Returns a stop function. */
export async function startStockWorkers(
  deps: StockDeps & { queue: JobQueue },
  options: { coalesceMs: number; fullCompareMinutes: number },
): Promise<() => void> {
  await deps.queue.work(
    'stock-sync',
    () => runStockSync({ ...deps, coalesceMs: options.coalesceMs }).then(() => undefined),
    {
      concurrency: 2,
    },
  );
  await deps.queue.work(
    'stock-full-compare',
    () => runStockFullCompare(deps).then(() => undefined),
    {
      concurrency: 1,
    },
  );
  if (options.fullCompareMinutes <= 0) return () => undefined;
  const timer = setInterval(() => {
    deps.queue.enqueue('stock-full-compare', { trigger: 'schedule' }).catch((error: unknown) => {
      deps.logger.warn('Could not schedule the stock full compare', { error });
    });
  }, options.fullCompareMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
