import { drainDirty } from '../drain-dirty';
import { adaptiveWait, type AdaptiveWaitDeps } from './adaptive-wait';
import { pushStock, type StockDeps } from './push-stock';

/** Products per round: five full availability reads of 200 (MAX_IDS_PER_AVAILABILITY). */
const ROUND_SIZE = 1000;

export interface StockSyncOptions {
  /** The window when the budget is idle (`SYNC_COALESCE_MS`). */
  coalesceMs: number;
  /**
   * The window when the budget is tight (`STOCK_COALESCE_MAX_MS`). Absent, or not above
   * `coalesceMs`: a fixed wait of `coalesceMs` before the first round, as every other flow.
   */
  coalesceMaxMs?: number;
  /** Tests only: see the adaptive waits asked for. */
  wait?: AdaptiveWaitDeps['wait'];
}

/**
 * The stock-sync job: drains the dirty products round by round through the shared drain, so a
 * failed round gives its products back for the retry. Several jobs may run; each claims
 * disjoint products. Before each round it waits as the budget's pressure says (ADR 0005,
 * "Adaptive window"), so busy hours share one read among many changes.
 */
export async function runStockSync(
  deps: StockDeps & StockSyncOptions,
): Promise<{ products: number; written: number; calls: number }> {
  const total = { products: 0, written: 0, calls: 0 };
  const adaptive = (deps.coalesceMaxMs ?? 0) > deps.coalesceMs;
  await drainDirty(deps.db, {
    kind: 'stock',
    roundSize: ROUND_SIZE,
    coalesceMs: adaptive ? 0 : deps.coalesceMs,
    beforeRound: adaptive
      ? adaptiveWait(
          {
            ...deps,
            bounds: { minMs: deps.coalesceMs, maxMs: deps.coalesceMaxMs ?? deps.coalesceMs },
          },
          ROUND_SIZE,
        )
      : undefined,
    handle: async (ids) => {
      const round = await pushStock(deps, ids);
      total.products += round.products;
      total.written += round.written;
      total.calls += round.calls;
    },
  });
  return total;
}
