import { formatUnits, toUnits } from '../decimal';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState, StoredProduct } from '../state';
import { setStock } from '../warehouse/stock';
import type { ProductVariation } from './product-types';

export interface ProductSeed {
  sku: string;
  name: string;
  /** Sell price (ex tax) on the default price list (1), a decimal string with at most 4 dp. */
  price: string;
  /** A tax code string from the tax-code lookup; default 'T20'. */
  taxCode?: string;
  /** Default true: most web-shop products are stock tracked. */
  stockTracked?: boolean;
  /** warehouseId → on hand (warehouses 2 and 3 exist); default: no stock anywhere. */
  stock?: Record<number, number>;
  /** Default 1. */
  brandId?: number;
  /** Variants of one product share a group id and list their options (reference §7.2). */
  productGroupId?: number;
  variations?: ProductVariation[];
}

/**
 * Test/demo helper: products are usually created in the Brightpearl UI, not by the connector.
 * Seeding raises no webhook events (use createProduct/correctStock for that).
 */
export function seedProducts(
  state: SimulatorState,
  { list, now }: { list: ProductSeed[]; now: Date },
): number[] {
  const timestamp = formatTimestamp(now);
  return list.map((seed) => {
    const product = buildProduct(state, { seed, timestamp });
    state.products.set(product.id, product);
    for (const [warehouseId, onHand] of Object.entries(seed.stock ?? {})) {
      setStock(state, { productId: product.id, warehouseId: Number(warehouseId), onHand });
    }
    return product.id;
  });
}

function buildProduct(
  state: SimulatorState,
  { seed, timestamp }: { seed: ProductSeed; timestamp: string },
): StoredProduct {
  const taxCode = seed.taxCode ?? 'T20';
  if (!state.lookups.taxCodes.some((candidate) => candidate.code === taxCode)) {
    throw new Error(`seedProducts: unknown tax code ${taxCode}`);
  }
  const priceListId = state.lookups.accountConfiguration.defaultPriceListId;
  return {
    id: takeId(state, 'product'),
    sku: seed.sku,
    name: seed.name,
    brandId: seed.brandId ?? 1,
    // toUnits throws on a malformed price.
    prices: new Map([[priceListId, { '1': formatUnits(toUnits(seed.price), 4) }]]),
    taxCode,
    stockTracked: seed.stockTracked ?? true,
    status: 'LIVE',
    nominalCodeSales: state.lookups.accountConfiguration.salesNominalCode,
    ...(seed.productGroupId === undefined ? {} : { productGroupId: seed.productGroupId }),
    ...(seed.variations === undefined ? {} : { variations: seed.variations }),
    createdOn: timestamp,
    updatedOn: timestamp,
  };
}
