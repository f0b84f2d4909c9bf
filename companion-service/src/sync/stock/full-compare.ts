import { MAX_STOCK_BATCH, type StockLevel } from '@bpkc/shared-types';

import { PRIORITY } from '../../brightpearl';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { type StockDeps, stockWarehouses } from './push-stock';
import { type PendingSnapshot, readPendingSnapshot } from './stock-snapshot';
import { sellableUnits, targetAvailable } from './stock-targets';
import { rememberLevels, writeLevels } from './stock-writer';

/** Products per round: five availability reads of 200, two Kentico reads of 500. */
const ROUND_SIZE = 1000;

export interface FullCompareResult {
  skus: number;
  drift: number;
  calls: number;
}

/** Held by the scheduled run and by an operator's "run now" alike, so the two never overlap. */
export const FULL_COMPARE_LEASE = 'stock-full-compare';

/** An operator's "run now": throws RecordLockedError while a (scheduled) compare runs. */
export function runStockFullCompare(deps: StockDeps): Promise<FullCompareResult> {
  return withLease(deps.db, { key: FULL_COMPARE_LEASE, ttlSeconds: 60, renew: true }, () =>
    compareAllStock(deps),
  );
}

/**
 * The safety net under lost webhooks: reads every bound SKU's availability (200 per request),
 * compares with what Kentico actually shows, corrects the drift and records how much it found.
 * Call it holding FULL_COMPARE_LEASE (the schedule does, see stock-workers.ts).
 */
export async function compareAllStock(deps: StockDeps): Promise<FullCompareResult> {
  const meter = new CallMeter(PRIORITY.stock);
  const bindings = await deps.db.query<{ sku: string; brightpearl_product_id: number | string }>(
    `SELECT sku, brightpearl_product_id FROM product_bindings ORDER BY brightpearl_product_id`,
  );
  const run = await beginCompareRun(deps, bindings.length);
  const snapshot = await readPendingSnapshot(deps);
  const result = { skus: 0, drift: 0, calls: 0 };
  for (let start = 0; start < bindings.length; start += ROUND_SIZE) {
    const round = bindings.slice(start, start + ROUND_SIZE);
    const ids = new Map(round.map((row) => [Number(row.brightpearl_product_id), row.sku]));
    const { skus, drift } = await compareRound(deps, { ids, snapshot, meter });
    result.skus += skus;
    result.drift += drift;
    // For the Jobs screen's progress bar: products gone through so far.
    await deps.db.query(`UPDATE stock_compare_runs SET done = $2 WHERE id = $1`, [
      run.id,
      start + round.length,
    ]);
  }
  result.calls = meter.calls;
  await deps.db.query(
    `UPDATE stock_compare_runs SET finished_at = now(), skus = $2, drift = $3, brightpearl_calls = $4
     WHERE id = $1`,
    [run.id, result.skus, result.drift, result.calls],
  );
  deps.logger.info('Stock full compare finished', result);
  return result;
}

/**
 * Records the run and its total. The caller holds FULL_COMPARE_LEASE, so an unfinished run
 * left in the table belongs to a holder that died: it is marked abandoned.
 */
async function beginCompareRun(deps: StockDeps, total: number): Promise<{ id: number }> {
  await deps.db.query(
    `UPDATE stock_compare_runs SET abandoned = true WHERE finished_at IS NULL AND NOT abandoned`,
  );
  const [run] = await deps.db.query<{ id: number | string }>(
    `INSERT INTO stock_compare_runs (total) VALUES ($1) RETURNING id`,
    [total],
  );
  return { id: Number(run!.id) };
}

async function compareRound(
  deps: StockDeps,
  input: { ids: Map<number, string>; snapshot: PendingSnapshot; meter: CallMeter },
): Promise<{ skus: number; drift: number }> {
  const { availability } = await deps.brightpearl.getAvailability(
    [...input.ids.keys()],
    input.meter.call,
  );
  const warehouses = stockWarehouses(deps.mapping);
  const targets: StockLevel[] = [];
  for (const [productId, entry] of availability) {
    const sku = input.ids.get(productId);
    if (sku === undefined) continue;
    const pending = input.snapshot.units.get(sku) ?? 0;
    targets.push({ sku, available: targetAvailable(sellableUnits(entry, warehouses), pending) });
  }
  const shown = await readKenticoLevels(
    deps,
    targets.map((level) => level.sku),
  );
  const drifted = targets.filter((level) => shown.get(level.sku) !== level.available);
  const { unknownSkus } = await writeLevels(deps, {
    levels: drifted,
    pendingAsOf: input.snapshot.asOf,
  });
  const unknown = new Set(unknownSkus);
  await rememberLevels(
    deps.db,
    targets.filter((level) => !unknown.has(level.sku)),
  );
  return { skus: targets.length - unknown.size, drift: drifted.length - unknown.size };
}

async function readKenticoLevels(deps: StockDeps, skus: string[]): Promise<Map<string, number>> {
  const shown = new Map<string, number>();
  for (let start = 0; start < skus.length; start += MAX_STOCK_BATCH) {
    const levels = await deps.kentico.readStock(skus.slice(start, start + MAX_STOCK_BATCH));
    for (const level of levels) shown.set(level.sku, level.available);
  }
  return shown;
}
