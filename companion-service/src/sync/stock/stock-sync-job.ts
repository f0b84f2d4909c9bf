import { setTimeout as sleep } from 'node:timers/promises';

import { claimDirty, releaseClaim } from '../dirty-records';
import { pushStock, type StockDeps } from './push-stock';

/** Products per round: five availability reads of 200. */
const ROUND_SIZE = 1000;

/**
 * The stock-sync job: waits a moment so changes arriving together coalesce, then drains the
 * dirty products round by round. Several jobs may run; each claims disjoint products.
 */
export async function runStockSync(
  deps: StockDeps & { coalesceMs: number },
): Promise<{ products: number; written: number; calls: number }> {
  await sleep(deps.coalesceMs);
  const total = { products: 0, written: 0, calls: 0 };
  for (;;) {
    const { claim, ids } = await claimDirty(deps.db, { kind: 'stock', limit: ROUND_SIZE });
    if (ids.length === 0) return total;
    const round = await pushStock(deps, ids);
    await releaseClaim(deps.db, claim);
    total.products += round.products;
    total.written += round.written;
    total.calls += round.calls;
  }
}
