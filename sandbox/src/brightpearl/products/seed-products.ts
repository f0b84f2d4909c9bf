import { toUnits } from '../decimal';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState, StoredProduct } from '../state';

export interface ProductSeed {
  sku: string;
  name: string;
  /** Sell price (ex tax) on price list 1, a decimal string with at most 4 dp. */
  price: string;
  /** A tax code string from the tax-code lookup; default 'T20'. */
  taxCode?: string;
  /** Default true: most web-shop products are stock tracked. */
  stockTracked?: boolean;
}

/** Test/demo helper: products are created in the Brightpearl UI, not by the connector. */
export function seedProducts(
  state: SimulatorState,
  { list, now }: { list: ProductSeed[]; now: Date },
): number[] {
  return list.map((seed) => {
    const taxCode = seed.taxCode ?? 'T20';
    if (!state.lookups.taxCodes.some((candidate) => candidate.code === taxCode)) {
      throw new Error(`seedProducts: unknown tax code ${taxCode}`);
    }
    toUnits(seed.price); // throws on a malformed price
    const timestamp = formatTimestamp(now);
    const product: StoredProduct = {
      id: takeId(state, 'product'),
      sku: seed.sku,
      name: seed.name,
      price: seed.price,
      taxCode,
      stockTracked: seed.stockTracked ?? true,
      status: 'LIVE',
      nominalCodeSales: state.lookups.accountConfiguration.salesNominalCode,
      createdOn: timestamp,
      updatedOn: timestamp,
    };
    state.products.set(product.id, product);
    return product.id;
  });
}
