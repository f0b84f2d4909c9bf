import type { RouteContext } from '../route';
import type { StoredOrder } from '../state';
import type { StoredGoodsOutNote } from './goods-out-types';
import { stockLevel } from './stock';

/**
 * Stock side of goods-out notes, following the suggested model of reference §13 (UNCONFIRMED):
 * a note holds its items in `allocated` (creating it "allocates stock to the order", §8.1) and
 * the SHW event takes them out of the warehouse altogether ("stock leaves", §8.1).
 */

/**
 * Moves a new note's items into its allocation: first what the order already holds in that
 * warehouse (allocated when it was placed), then what is still on hand. A shortfall is allowed
 * (the simulator does not refuse notes for missing stock) and settled when the note ships.
 */
export function allocateNote(
  context: RouteContext,
  { note, order }: { note: StoredGoodsOutNote; order: StoredOrder },
): void {
  const changed = new Set<number>();
  for (const line of note.rows) {
    const row = order.rows.find((candidate) => candidate.id === line.orderRowId);
    const level = stockLevel(context.state, { ...line, warehouseId: note.warehouseId });
    if (row && note.warehouseId === order.warehouseId) {
      const held = Math.min(line.quantity, row.allocated ?? 0);
      row.allocated = (row.allocated ?? 0) - held;
      line.allocated += held;
    }
    const fromOnHand = Math.min(line.quantity - line.allocated, level.onHand);
    if (fromOnHand <= 0) continue;
    level.onHand -= fromOnHand;
    level.allocated += fromOnHand;
    line.allocated += fromOnHand;
    changed.add(line.productId);
  }
  raiseOnHand(context, changed);
}

/** SHW: the note's allocation leaves; a shortfall is taken from on-hand as far as it goes. */
export function shipNoteStock(context: RouteContext, note: StoredGoodsOutNote): void {
  const changed = new Set<number>();
  for (const line of note.rows) {
    const level = stockLevel(context.state, { ...line, warehouseId: note.warehouseId });
    level.allocated = Math.max(0, level.allocated - line.allocated);
    const fromOnHand = Math.min(line.quantity - line.allocated, level.onHand);
    line.allocated = 0;
    if (fromOnHand <= 0) continue;
    level.onHand -= fromOnHand;
    changed.add(line.productId);
  }
  raiseOnHand(context, changed);
}

/** Cancelling an order removes its reservations (reference §5.7): allocation back to on-hand. */
export function releaseOrder(context: RouteContext, order: StoredOrder): void {
  const changed = new Set<number>();
  for (const row of order.rows) {
    const held = row.allocated ?? 0;
    if (held <= 0) continue;
    const level = stockLevel(context.state, {
      productId: row.productId,
      warehouseId: order.warehouseId,
    });
    level.allocated = Math.max(0, level.allocated - held);
    level.onHand += held;
    row.allocated = 0;
    changed.add(row.productId);
  }
  raiseOnHand(context, changed);
}

function raiseOnHand(context: RouteContext, changed: Set<number>): void {
  if (changed.size === 0) return;
  context.emit({
    resourceType: 'product',
    lifecycleEvent: 'modified',
    specifier: 'on-hand-modified',
    ids: [...changed],
  });
}
