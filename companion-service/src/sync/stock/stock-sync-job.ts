import { drainDirty } from '../drain-dirty';
import { pushStock, type StockDeps } from './push-stock';

/** Products per round: five availability reads of 200. */
const ROUND_SIZE = 1000;

/**
 * The stock-sync job: drains the dirty products round by round through the shared drain, so a
 * failed round gives its products back for the retry. Several jobs may run; each claims
 * disjoint products.
 */
export async function runStockSync(
  deps: StockDeps & { coalesceMs: number },
): Promise<{ products: number; written: number; calls: number }> {
  const total = { products: 0, written: 0, calls: 0 };
  await drainDirty(deps.db, {
    kind: 'stock',
    roundSize: ROUND_SIZE,
    coalesceMs: deps.coalesceMs,
    handle: async (ids) => {
      const round = await pushStock(deps, ids);
      total.products += round.products;
      total.written += round.written;
      total.calls += round.calls;
    },
  });
  return total;
}
