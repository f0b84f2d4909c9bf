import type { ColumnSpec, SearchDefinition } from '../search/search-types';
import { columnsFrom } from '../search/search-types';
import type { SimulatorState } from '../state';
import type { GonFlag, StoredGoodsOutNote } from './goods-out-types';

/**
 * goods-out-search columns in documented order (reference §4, §8.5), up to `createdBy`; the
 * later ones (labelUri...) are not simulated. There is no updatedOn: clients watermark on
 * shippedOn (§8.5). Data types as in the api-docs column table.
 */
export const GOODS_OUT_SEARCH_COLUMNS = [
  'goodsOutNoteId',
  'printed',
  'picked',
  'packed',
  'shipped',
  'shippedOn',
  'orderId',
  'shippingMethodId',
  'warehouseId',
  'priority',
  'createdOn',
  'releaseDate',
  'createdBy',
] as const;

type Spec = ColumnSpec<StoredGoodsOutNote>;
const integer = (value: (note: StoredGoodsOutNote) => number): Spec => ({
  type: 'INTEGER',
  value,
});
const flag = (name: GonFlag): Spec => ({
  type: 'BOOLEAN',
  value: (note) => note.status[name] !== undefined,
});
const period = (value: (note: StoredGoodsOutNote) => string | null): Spec => ({
  type: 'PERIOD',
  value,
});

const SPECS: Record<(typeof GOODS_OUT_SEARCH_COLUMNS)[number], Spec> = {
  goodsOutNoteId: integer((note) => note.id),
  printed: flag('printed'),
  picked: flag('picked'),
  packed: flag('packed'),
  shipped: flag('shipped'),
  shippedOn: period((note) => note.status.shipped?.on ?? null),
  orderId: integer((note) => note.orderId),
  shippingMethodId: { type: 'IDSET', value: (note) => note.shipping.shippingMethodId },
  warehouseId: integer((note) => note.warehouseId),
  priority: { type: 'BOOLEAN', value: (note) => note.priority },
  createdOn: period((note) => note.createdOn),
  releaseDate: period((note) => note.releaseDate),
  createdBy: integer((note) => note.createdBy),
};

/** GET /warehouse-service/goods-note/goods-out-search. */
export function goodsOutSearch(state: SimulatorState): SearchDefinition<StoredGoodsOutNote> {
  return {
    columns: columnsFrom(GOODS_OUT_SEARCH_COLUMNS, SPECS),
    items: () => [...state.goodsOutNotes.values()],
  };
}
