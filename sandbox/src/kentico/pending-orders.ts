import type { KenticoOrder, PendingOrders } from '@bpkc/shared-types';

/** Status code name of a cancelled order in the seeded Commerce configuration. */
const CANCELLED = 'cancelled';

/**
 * Units per SKU in one order, in first-seen order. A SKU may sit on several lines (e.g. added
 * twice with different options); stock is about units, so they are summed.
 */
export function unitsPerSku(order: KenticoOrder): Array<{ sku: string; quantity: number }> {
  const units = new Map<string, number>();
  for (const item of order.Items) {
    units.set(item.OrderItemSKU, (units.get(item.OrderItemSKU) ?? 0) + item.OrderItemQuantity);
  }
  return [...units].map(([sku, quantity]) => ({ sku, quantity }));
}

/** Brightpearl has not seen it yet (no Brightpearl id) and it still holds its units. */
const isPending = (order: KenticoOrder): boolean =>
  order.BpcBrightpearlOrderID === null && order.OrderStatusName.toLowerCase() !== CANCELLED;

/**
 * The pending orders with their lines (lines without a positive quantity hold nothing). `asOf`
 * is the highest OrderID included, '0' when none: OrderIDs only grow, so "placed after the
 * snapshot" is simply OrderID > asOf.
 */
export function pendingOrders(orders: readonly KenticoOrder[]): PendingOrders {
  const pending = orders.filter(isPending);
  return {
    asOf: String(Math.max(0, ...pending.map((order) => order.OrderID))),
    orders: pending.map((order) => ({
      OrderGUID: order.OrderGUID,
      lines: unitsPerSku(order).filter((line) => line.quantity > 0),
    })),
  };
}

/**
 * Units per SKU held by orders that are pending now and were not in the snapshot `asOf`: the
 * companion's figures cannot have subtracted them yet.
 */
export function unitsPendingSince(
  orders: readonly KenticoOrder[],
  asOf: number,
): Map<string, number> {
  const units = new Map<string, number>();
  for (const order of orders.filter((o) => o.OrderID > asOf && isPending(o))) {
    for (const { sku, quantity } of unitsPerSku(order)) {
      units.set(sku, (units.get(sku) ?? 0) + Math.max(0, quantity));
    }
  }
  return units;
}
