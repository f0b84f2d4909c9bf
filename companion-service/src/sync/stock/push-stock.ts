import type { MappingConfig, StockLevel } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { skusForProducts } from '../product-bindings';
import { readPendingSnapshot } from './stock-snapshot';
import { sellableUnits, targetAvailable } from './stock-targets';
import { changedLevels, writeLevels } from './stock-writer';

export interface StockDeps {
  db: Db;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  logger: Logger;
}

export const stockWarehouses = (mapping: MappingConfig): number[] =>
  mapping.stock.warehouseIds ?? [mapping.brightpearl.warehouseId];

/**
 * Brightpearl availability → Kentico for the given products: one pending-orders snapshot, one
 * availability read per 200 products, one batched write of the values that changed.
 */
export async function pushStock(
  deps: StockDeps,
  productIds: readonly number[],
): Promise<{ products: number; written: number; calls: number }> {
  const skus = await skusForProducts(deps.db, productIds);
  if (skus.size === 0) return { products: 0, written: 0, calls: 0 };
  const meter = new CallMeter(PRIORITY.stock);
  const snapshot = await readPendingSnapshot(deps);
  const { availability } = await deps.brightpearl.getAvailability([...skus.keys()], meter.call);
  const warehouses = stockWarehouses(deps.mapping);
  const levels: StockLevel[] = [];
  for (const [productId, entry] of availability) {
    const sku = skus.get(productId);
    if (sku === undefined) continue;
    const available = targetAvailable(
      sellableUnits(entry, warehouses),
      snapshot.units.get(sku) ?? 0,
    );
    levels.push({ sku, available });
  }
  const changed = await changedLevels(deps.db, levels);
  const { written } = await writeLevels(deps, { levels: changed, pendingAsOf: snapshot.asOf });
  return { products: skus.size, written, calls: meter.calls };
}
