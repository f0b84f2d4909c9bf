import type { ProductAvailability } from '@bpkc/shared-types';

import type { SimulatorState } from '../state';
import type { StockLevel } from './stock-types';

export interface StockKey {
  productId: number;
  warehouseId: number;
}

type Figures = ProductAvailability[string]['total'];

/** The level of one product in one warehouse, created at zero on first touch. */
export function stockLevel(
  state: SimulatorState,
  { productId, warehouseId }: StockKey,
): StockLevel {
  let byWarehouse = state.stock.get(productId);
  if (!byWarehouse) {
    byWarehouse = new Map();
    state.stock.set(productId, byWarehouse);
  }
  let level = byWarehouse.get(warehouseId);
  if (!level) {
    level = { onHand: 0, allocated: 0 };
    byWarehouse.set(warehouseId, level);
  }
  return level;
}

/** Reads without creating a record (a failed request must not add a warehouse entry). */
export const onHandOf = (state: SimulatorState, { productId, warehouseId }: StockKey): number =>
  state.stock.get(productId)?.get(warehouseId)?.onHand ?? 0;

/** inStock = onHand + allocated, as in the recordings; nothing is ever in transit here (§7.5). */
const figuresOf = (level: StockLevel): Figures => ({
  inStock: level.onHand + level.allocated,
  onHand: level.onHand,
  allocated: level.allocated,
  inTransit: 0,
});

/**
 * One product's entry in product-availability (reference §7.5): totals plus one entry per
 * warehouse the product has ever had stock movements in. Listing only those warehouses is
 * UNCONFIRMED (the recording shows a single warehouse on an account that may have had more).
 */
export function availabilityOf(
  state: SimulatorState,
  productId: number,
): ProductAvailability[string] {
  const levels = [...(state.stock.get(productId) ?? new Map<number, StockLevel>())].sort(
    ([left], [right]) => left - right,
  );
  const total = levels.reduce(
    (sum, [, level]) => ({
      onHand: sum.onHand + level.onHand,
      allocated: sum.allocated + level.allocated,
    }),
    { onHand: 0, allocated: 0 },
  );
  const warehouses = Object.fromEntries(
    levels.map(([warehouseId, level]) => [String(warehouseId), figuresOf(level)]),
  );
  return { total: figuresOf(total), warehouses };
}

export const warehouseExists = (state: SimulatorState, warehouseId: number): boolean =>
  state.lookups.warehouses.some((warehouse) => warehouse.id === warehouseId);

/** Seeding/test helper: sets on-hand directly, with no goods note and no event. */
export function setStock(state: SimulatorState, key: StockKey & { onHand: number }): void {
  const product = state.products.get(key.productId);
  if (!product) throw new Error(`setStock: product ${key.productId} does not exist`);
  if (!product.stockTracked) throw new Error(`setStock: product ${key.productId} is not tracked`);
  if (!warehouseExists(state, key.warehouseId)) {
    throw new Error(`setStock: warehouse ${key.warehouseId} does not exist`);
  }
  if (!Number.isInteger(key.onHand) || key.onHand < 0) {
    throw new Error(`setStock: on-hand must be a whole number ≥ 0, got ${key.onHand}`);
  }
  stockLevel(state, key).onHand = key.onHand;
}
