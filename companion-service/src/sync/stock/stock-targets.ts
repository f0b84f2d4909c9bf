import type { PendingOrders } from '@bpkc/shared-types';

import type { ProductAvailability } from '../../brightpearl';

/** Units Brightpearl can still sell across the warehouses the mapping names (onHand = sellable). */
export function sellableUnits(entry: ProductAvailability, warehouseIds: readonly number[]): number {
  return warehouseIds.reduce(
    (sum, id) => sum + Math.max(0, entry.warehouses.get(id)?.onHand ?? 0),
    0,
  );
}

/**
 * Units sold in Kentico that Brightpearl has not allocated yet: lines of orders Kentico reports
 * without a Brightpearl id, except those the companion has already created there.
 */
export function pendingUnitsBySku(
  pending: PendingOrders,
  syncedOrderGuids: ReadonlySet<string>,
): Map<string, number> {
  const units = new Map<string, number>();
  for (const order of pending.orders) {
    if (syncedOrderGuids.has(order.OrderGUID)) continue;
    for (const line of order.lines) units.set(line.sku, (units.get(line.sku) ?? 0) + line.quantity);
  }
  return units;
}

/** What Kentico may show: never negative, never more than Brightpearl minus unsynced sales. */
export const targetAvailable = (sellable: number, pendingUnits: number): number =>
  Math.max(0, Math.floor(sellable) - pendingUnits);
