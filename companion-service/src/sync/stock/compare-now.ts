import { ifLeaseFree } from '../leases';
import { compareAllStock, FULL_COMPARE_LEASE } from './full-compare';
import type { StockDeps } from './push-stock';

/**
 * An operator's "run now" from the admin screen: resolves as soon as the outcome is known —
 * true once this instance holds the compare's lease (the compare then goes on in the
 * background), false when a compare holds it already, here or on another instance. A compare
 * that fails later is logged; the next scheduled run repeats the work.
 */
export function startStockFullCompare(
  deps: StockDeps & { onStarted?: () => Promise<void> },
): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    let started = false;
    ifLeaseFree(deps.db, { key: FULL_COMPARE_LEASE }, async () => {
      await deps.onStarted?.();
      started = true;
      resolve(true);
      return compareAllStock(deps);
    }).then(
      (outcome) => {
        if (!outcome.ran) resolve(false);
      },
      (error: unknown) => {
        if (!started) reject(error as Error);
        else deps.logger.warn('Stock full compare (run now) failed', { error });
      },
    );
  });
}
