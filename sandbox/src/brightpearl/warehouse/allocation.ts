import type { RouteContext } from '../route';
import type { StoredOrder } from '../state';
import { onHandOf, stockLevel } from './stock';

const UNITS_PER_ITEM = 10_000; // order quantities are stored in ten-thousandths (decimal.ts)

/**
 * A new sales order allocates its stock-tracked rows in the order's warehouse: quantity moves
 * from onHand to allocated (reference §13, suggested model, UNCONFIRMED). Kept simple: only what
 * is on hand is allocated, the rest stays unallocated (no backorder, onHand never below 0).
 * Raises `product.modified.on-hand-modified` for the products whose on-hand dropped, which is
 * what a stock sync (and its oversell protection) listens to.
 */
export function allocateOrder(context: RouteContext, order: StoredOrder): void {
  const { state } = context;
  const changed = new Set<number>();
  for (const row of order.rows) {
    const product = state.products.get(row.productId);
    const wanted = Math.floor(row.quantity / UNITS_PER_ITEM);
    const key = { productId: row.productId, warehouseId: order.warehouseId };
    if (!product?.stockTracked || wanted <= 0 || onHandOf(state, key) <= 0) continue;
    const level = stockLevel(state, key);
    const taken = Math.min(wanted, level.onHand);
    level.onHand -= taken;
    level.allocated += taken;
    row.allocated = (row.allocated ?? 0) + taken;
    changed.add(product.id);
  }
  if (changed.size === 0) return;
  context.emit({
    resourceType: 'product',
    lifecycleEvent: 'modified',
    specifier: 'on-hand-modified',
    ids: [...changed],
  });
}
