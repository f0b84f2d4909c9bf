/** Stock figures of one product, in total or in one warehouse (reference §7.5). */
export interface AvailabilityFigures {
  /** What can still be sold: the figure a shop shows. */
  onHand: number;
  allocated: number;
  /** onHand + allocated in Brightpearl's data. */
  inStock: number;
}

export interface ProductAvailability {
  total: AvailabilityFigures;
  /** Keyed by Brightpearl warehouse id. */
  warehouses: Map<number, AvailabilityFigures>;
}

export interface AvailabilityResult {
  /** Products Brightpearl reports; non-stock-tracked or unknown ones are simply absent. */
  availability: Map<number, ProductAvailability>;
  /** Ids Brightpearl rejected with 400 (isolated by bisection): deleted or never existed. */
  missingProductIds: number[];
}

/** The slice of a Brightpearl product (reference §7.2) that catalog sync maps to the shop. */
export interface CatalogRecord {
  productId: number;
  sku: string;
  /** The "Brightpearl" sales channel's productName (first channel otherwise; SKU as last resort). */
  name: string;
  status: 'LIVE' | 'ARCHIVED';
  /** Links the variants of one product group; null for a standalone product. */
  productGroupId: number | null;
  /** e.g. [{ option: 'Colour', value: 'Black' }]; empty outside a group. */
  variations: Array<{ option: string; value: string }>;
  stockTracked: boolean;
  /** The code (`T`, `T20`, `Z`…), not the id; null when the product has none. */
  taxCode: string | null;
}

export interface ProductCreateInput {
  sku: string;
  /** Stored as the "Brightpearl" sales channel's productName. */
  name: string;
  /** Required by Brightpearl (PRDC-014). */
  brandId: number;
  /** Product tax codes are `{id, code}`, unlike the bare strings on order rows (reference §12.9). */
  taxCode?: { id: number; code: string };
  stockTracked: boolean;
}

export interface PriceUpdate {
  productId: number;
  priceListId: number;
  /** The quantity-1 price, in the price list's currency (net or gross as the list says). */
  price: number;
}
