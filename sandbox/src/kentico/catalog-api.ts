import { KenticoProduct, type KenticoEventType } from '@bpkc/shared-types';

import { DEFAULTS } from './place-order-input';
import type { KenticoProductRecord } from './product-store';
import type { EmitOptions } from './simulator-types';
import type { KenticoStockChange, KenticoStockRecord } from './stock-store';
import type { KenticoStore } from './store';

/** What a merchant types into the product form in Kentico's admin. */
export interface NewKenticoProductInput {
  sku: string;
  name: string;
  price: number | null;
  /** Percent, e.g. 20. */
  taxRate: number;
  stockTracked: boolean;
}

/** A product imported from Brightpearl earlier; a generator CatalogItem fits as it is. */
export interface KenticoProductSeed {
  sku: string;
  name: string;
  unitPrice?: number | null;
  taxRate?: number;
  /** Default: a fresh id from 1001 on. */
  brightpearlProductId?: number;
  stockTracked?: boolean;
  /** Also gives the SKU a stock row with this figure. */
  available?: number;
}

/** The simulator's product and stock methods. Everything returned is a copy. */
export interface CatalogApi {
  /** Products imported from Brightpearl before the test starts; throws on a SKU that exists. */
  seedProducts(items: readonly KenticoProductSeed[]): KenticoProductRecord[];
  /** A merchant creates a product in Kentico: emits `product.updated` unless `emit: false`. */
  createKenticoProduct(
    input: NewKenticoProductInput,
    options?: { emit?: boolean },
  ): KenticoProductRecord;
  getProduct(sku: string): KenticoProductRecord | undefined;
  listProducts(): KenticoProductRecord[];
  /** Undefined until the SKU has a stock row (first write, seed or setStock). */
  getStock(sku: string): KenticoStockRecord | undefined;
  /** Every change of the figure, oldest first: lets a test assert a value was never shown. */
  stockHistory(sku: string): KenticoStockChange[];
  /** A merchant edits the figure in Kentico (not counted as a companion write). */
  setStock(sku: string, available: number): KenticoStockRecord;
}

type Emit = (type: KenticoEventType, objectGuid: string, options?: EmitOptions) => unknown;

export function createCatalogApi(
  store: KenticoStore,
  context: { currencyCode: string; emitEvent: Emit },
): CatalogApi {
  let nextBrightpearlId = 1000;
  const listing = { productGroupId: null, variations: [], currencyCode: context.currencyCode };

  const setStock = (sku: string, available: number) => {
    if (!store.products.get(sku)) throw new Error(`No product with SKU ${sku}`);
    store.stock.set(sku, available, 'merchant');
    return store.stock.get(sku) as KenticoStockRecord;
  };

  const seedOne = (seed: KenticoProductSeed) => {
    const record = store.products.create({
      ...listing,
      sku: seed.sku,
      name: seed.name,
      price: seed.unitPrice ?? null,
      status: 'LIVE',
      brightpearlProductId: seed.brightpearlProductId ?? (nextBrightpearlId += 1),
      taxRate: seed.taxRate ?? DEFAULTS.taxRate,
      stockTracked: seed.stockTracked ?? true,
      authoredIn: 'brightpearl',
    });
    if (seed.available !== undefined) setStock(seed.sku, seed.available);
    return structuredClone(record);
  };

  return {
    seedProducts: (items) => items.map(seedOne),
    createKenticoProduct(input, options = {}) {
      // Same rules as the bridge answers with, so a test cannot create what GET would not serve.
      const fields = KenticoProduct.parse({ ...input, brightpearlProductId: null });
      const record = store.products.create({
        ...listing,
        ...fields,
        status: 'LIVE',
        authoredIn: 'kentico',
      });
      if (options.emit !== false) {
        // The content item's publish handler fires as it is saved, hence its update time.
        context.emitEvent('product.updated', record.productGuid, { occurredAt: record.updatedAt });
      }
      return structuredClone(record);
    },
    getProduct: (sku) => {
      const record = store.products.get(sku);
      return record && structuredClone(record);
    },
    listProducts: () => store.products.list().map((record) => structuredClone(record)),
    getStock: (sku) => store.stock.get(sku),
    stockHistory: (sku) => store.stock.history(sku),
    setStock,
  };
}
