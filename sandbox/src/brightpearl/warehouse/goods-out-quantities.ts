import type { SimulatorState, StoredOrder, StoredOrderRow } from '../state';
import type { StoredGoodsOutNote } from './goods-out-types';

/** Order quantities are stored in ten-thousandths (decimal.ts); notes count whole items. */
export const UNITS_PER_ITEM = 10_000;

export const itemsOf = (row: StoredOrderRow): number => Math.floor(row.quantity / UNITS_PER_ITEM);

/** Only stock-tracked product rows are fulfilled with goods-out notes (NST otherwise, §5.5). */
export const isTrackedRow = (state: SimulatorState, row: StoredOrderRow): boolean =>
  state.products.get(row.productId)?.stockTracked === true;

export function notesOfOrder(state: SimulatorState, orderId: number): StoredGoodsOutNote[] {
  return [...state.goodsOutNotes.values()].filter((note) => note.orderId === orderId);
}

export interface RowProgress {
  /** Items on any goods-out note of the order. */
  noted: number;
  /** Items on shipped notes. */
  shipped: number;
}

/** Per order-row id: how much is already on notes, and how much of that has shipped. */
export function rowProgress(state: SimulatorState, orderId: number): Map<number, RowProgress> {
  const progress = new Map<number, RowProgress>();
  for (const note of notesOfOrder(state, orderId)) {
    for (const line of note.rows) {
      const entry = progress.get(line.orderRowId) ?? { noted: 0, shipped: 0 };
      entry.noted += line.quantity;
      if (note.status.shipped) entry.shipped += line.quantity;
      progress.set(line.orderRowId, entry);
    }
  }
  return progress;
}

export type ShippingCode = 'NST' | 'SNS' | 'SPS' | 'ASS';

/**
 * Shipping status from the notes (reference §5.5, §13): NST without stock-tracked rows, ASS when
 * every tracked row has shipped in full, SPS when some items shipped, SNS otherwise.
 */
export function shippingCodeOf(state: SimulatorState, order: StoredOrder): ShippingCode {
  const tracked = order.rows.filter((row) => isTrackedRow(state, row));
  if (tracked.length === 0) return 'NST';
  const progress = rowProgress(state, order.id);
  const shipped = (row: StoredOrderRow) => progress.get(row.id)?.shipped ?? 0;
  if (tracked.every((row) => shipped(row) >= itemsOf(row))) return 'ASS';
  return tracked.some((row) => shipped(row) > 0) ? 'SPS' : 'SNS';
}
