import { randomUUID } from 'node:crypto';

import type { CatalogProduct, KenticoProduct } from '@bpkc/shared-types';

import { DEFAULTS } from './place-order-input';

/**
 * A product as the extension sees it: the merchant's product content item (XbyK has no SKU
 * table, §3.3) reduced to the fields the bridge maps, plus who authored it.
 */
export interface KenticoProductRecord extends CatalogProduct {
  /** The content item's GUID: thin `product.updated` events carry it, not the SKU. */
  productGuid: string;
  /** Percent, e.g. 20. */
  taxRate: number;
  stockTracked: boolean;
  /** 'brightpearl' = imported through PUT /products; 'kentico' = created by a merchant. */
  authoredIn: 'kentico' | 'brightpearl';
  updatedAt: string;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** Fields a PUT /products sends; everything else on the record belongs to Kentico. */
const CATALOG_FIELDS = [
  'sku',
  'name',
  'productGroupId',
  'variations',
  'price',
  'currencyCode',
  'status',
  'brightpearlProductId',
  // Set by the merchant's product transforms; a product sent without them clears them.
  'description',
  'customFields',
] as const satisfies ReadonlyArray<keyof CatalogProduct>;

/** Only the catalog fields (a record carries more), copied so callers cannot edit the store. */
export function toCatalogProduct(record: CatalogProduct): CatalogProduct {
  const product = Object.fromEntries(CATALOG_FIELDS.map((key) => [key, record[key]]));
  return structuredClone(product) as CatalogProduct;
}

export function toKenticoProduct(record: KenticoProductRecord): KenticoProduct {
  const { sku, name, price, taxRate, stockTracked, brightpearlProductId } = record;
  return { sku, name, price, taxRate, stockTracked, brightpearlProductId };
}

/** Content equality as the import sees it; key order of the incoming JSON must not matter. */
const sameContent = (record: CatalogProduct, product: CatalogProduct): boolean =>
  JSON.stringify(toCatalogProduct(record)) === JSON.stringify(toCatalogProduct(product));

export type NewProductRecord = Omit<KenticoProductRecord, 'productGuid' | 'updatedAt'>;

export interface ProductStore {
  get(sku: string): KenticoProductRecord | undefined;
  getByGuid(guid: string): KenticoProductRecord | undefined;
  list(): KenticoProductRecord[];
  /** Throws if the SKU exists, as the extension's SKU-uniqueness validation does. */
  create(fields: NewProductRecord): KenticoProductRecord;
  /** By SKU. Never creates a second record for a SKU and never changes who authored it. */
  upsert(product: CatalogProduct): UpsertOutcome;
}

/**
 * SKUs are matched exactly (case-sensitively): Brightpearl and the storefront treat them as
 * opaque codes, so 'abc' and 'ABC' stay two products. Insertion order is kept for listings.
 */
export function createProductStore(now: () => string): ProductStore {
  const bySku = new Map<string, KenticoProductRecord>();
  // uniqueidentifier comparison in SQL Server is case-insensitive, hence lower-cased keys.
  const byGuid = new Map<string, KenticoProductRecord>();
  const create = (fields: NewProductRecord) => {
    if (bySku.has(fields.sku)) throw new Error(`A product with SKU ${fields.sku} already exists`);
    const record = { ...structuredClone(fields), productGuid: randomUUID(), updatedAt: now() };
    bySku.set(record.sku, record);
    byGuid.set(record.productGuid, record);
    return record;
  };
  return {
    get: (sku) => bySku.get(sku),
    getByGuid: (guid) => byGuid.get(guid.toLowerCase()),
    list: () => [...bySku.values()],
    create,
    upsert(product) {
      const existing = bySku.get(product.sku);
      if (!existing) {
        // The catalog contract carries neither tax rate nor stock tracking: Kentico's defaults.
        const defaults = { taxRate: DEFAULTS.taxRate, stockTracked: true } as const;
        create({ ...product, ...defaults, authoredIn: 'brightpearl' });
        return 'created';
      }
      if (sameContent(existing, product)) return 'unchanged';
      // Every catalog field, absent ones included: a description no longer sent is cleared.
      Object.assign(existing, toCatalogProduct(product), { updatedAt: now() });
      return 'updated';
    },
  };
}
