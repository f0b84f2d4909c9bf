/**
 * Stock of one product in one warehouse. `onHand` is what can still be sold; an allocation moves
 * quantity from onHand to allocated, and inStock = onHand + allocated, as in the recordings
 * (reference §7.5, §13).
 */
export interface StockLevel {
  onHand: number;
  allocated: number;
}

/** productId → warehouseId → level. Absent = never had stock there (figures all 0). */
export type StockBook = Map<number, Map<number, StockLevel>>;
