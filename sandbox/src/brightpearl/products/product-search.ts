import { PRODUCT_SEARCH_COLUMNS } from '@bpkc/shared-types';

import type { ColumnSpec, SearchDefinition } from '../search/search-types';
import { columnsFrom } from '../search/search-types';
import type { SimulatorState, StoredProduct } from '../state';

type ProductColumn = (typeof PRODUCT_SEARCH_COLUMNS)[number];
type Spec = ColumnSpec<StoredProduct>;

const exact = (value: (product: StoredProduct) => string | null): Spec => ({
  type: 'STRING',
  value,
});
const integer = (value: (product: StoredProduct) => number | null): Spec => ({
  type: 'INTEGER',
  value,
});
const period = (value: (product: StoredProduct) => string): Spec => ({ type: 'PERIOD', value });

/** Column types from reference §4/§7.1: `SKU` is an exact STRING, productName SEARCH_STRING. */
const SPECS: Record<ProductColumn, Spec> = {
  productId: { type: 'IDSET', value: (product) => product.id },
  productName: { type: 'SEARCH_STRING', value: (product) => product.name },
  SKU: exact((product) => product.sku),
  barcode: exact(() => null),
  EAN: exact(() => null),
  UPC: exact(() => null),
  ISBN: exact(() => null),
  MPN: exact(() => null),
  stockTracked: { type: 'BOOLEAN', value: (product) => product.stockTracked },
  salesChannelName: exact(() => 'Brightpearl'),
  createdOn: period((product) => product.createdOn),
  updatedOn: period((product) => product.updatedOn),
  brightpearlCategoryCode: exact(() => null),
  productGroupId: integer((product) => product.productGroupId ?? null),
  brandId: integer((product) => product.brandId),
  productTypeId: integer(() => 1),
  productStatus: exact((product) => product.status),
  primarySupplierId: integer(() => null),
};

/** product-search: columns exactly as PRODUCT_SEARCH_COLUMNS (reference §4). */
export function productSearch(state: SimulatorState): SearchDefinition<StoredProduct> {
  return {
    columns: columnsFrom(PRODUCT_SEARCH_COLUMNS, SPECS),
    items: () => [...state.products.values()],
    reference: () => ({ productCategoryMembership: {} }),
  };
}
