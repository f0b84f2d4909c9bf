import type { Timestamp } from '../state';

/** One option of a variant, as product GET shows it (reference §7.2, [CODE Java fixture]). */
export interface ProductVariation {
  optionId: number;
  optionName: string;
  optionValueId: number;
  optionValue: string;
}

/** Quantity break ("1", "5"...) → price as a 4 dp string, exactly as product-price renders it. */
export type QuantityPrice = Record<string, string>;

export interface StoredProduct {
  id: number;
  sku: string;
  name: string;
  brandId: number;
  /** priceListId → quantity breaks; a list without an entry has never been priced (§7.4). */
  prices: Map<number, QuantityPrice>;
  taxCode: string;
  stockTracked: boolean;
  status: 'LIVE' | 'ARCHIVED';
  nominalCodeSales: string;
  /** Variants of one product share a group id (reference §7.2). */
  productGroupId?: number;
  variations?: ProductVariation[];
  createdOn: Timestamp;
  updatedOn: Timestamp;
}
