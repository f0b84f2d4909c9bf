import { type CatalogProduct, type MappingConfig, MAX_PRODUCT_BATCH } from '@bpkc/shared-types';

import { type BrightpearlClient, type CatalogRecord, PRIORITY } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { bindProducts } from '../product-bindings';
import { type PricesRead, recordProductSamples } from './product-samples';
import { shapeCatalogProduct, type TransformFailureLog } from './product-transforms';

export interface CatalogDeps {
  db: Db;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  /** Warns of a product transform that failed (the product goes untransformed). */
  logger?: Pick<Logger, 'warn'>;
}

/**
 * Brightpearl products → Kentico: one product read and one price read per 200 products, upserts
 * by SKU (idempotent, so a retried page duplicates nothing) and the SKU bindings the order flow
 * uses. Only when the mapping says Brightpearl owns products; bindings are kept either way, and
 * so are the newest records as product preview samples (no extra call).
 */
export async function syncProducts(
  deps: CatalogDeps,
  productIds: readonly number[],
): Promise<{ products: number; calls: number }> {
  if (productIds.length === 0) return { products: 0, calls: 0 };
  const meter = new CallMeter(PRIORITY.catalog);
  const records = await deps.brightpearl.getProducts([...productIds], meter.call);
  await bindProducts(deps.db, records);
  const owned = deps.mapping.catalog.products === 'brightpearl' && records.length > 0;
  const takesPrices = owned && deps.mapping.catalog.prices === 'brightpearl';
  const read = takesPrices ? await readPrices(deps, records, meter) : null;
  await recordProductSamples(deps.db, records, read);
  if (owned) {
    const products: CatalogProduct[] = [];
    for (const record of records) {
      const price = read?.prices.get(record.productId) ?? null;
      products.push(await catalogProductFor({ record, price }, deps.mapping, deps.logger));
    }
    for (let start = 0; start < products.length; start += MAX_PRODUCT_BATCH) {
      await deps.kentico.upsertProducts(products.slice(start, start + MAX_PRODUCT_BATCH));
    }
  }
  return { products: records.length, calls: meter.calls };
}

/** One price read for the round's products, from the mapping's price list. */
async function readPrices(
  deps: CatalogDeps,
  records: readonly CatalogRecord[],
  meter: CallMeter,
): Promise<PricesRead> {
  const priceListId = deps.mapping.brightpearl.priceListId;
  const ids = records.map((record) => record.productId);
  return { priceListId, prices: await deps.brightpearl.getPrices(ids, priceListId, meter.call) };
}

/**
 * The product Kentico receives for one Brightpearl record and its price, transforms applied:
 * catalog sync sends it, the product preview shows it (one code path for both).
 */
export async function catalogProductFor(
  { record, price }: { record: CatalogRecord; price: number | null },
  mapping: MappingConfig,
  logger?: TransformFailureLog,
): Promise<CatalogProduct> {
  const product = toCatalogProduct(record, price, mapping);
  return shapeCatalogProduct(product, { record, mapping }, logger);
}

function toCatalogProduct(
  record: CatalogRecord,
  price: number | null,
  mapping: MappingConfig,
): CatalogProduct {
  return {
    sku: record.sku,
    name: record.name,
    productGroupId: record.productGroupId,
    variations: record.variations,
    price,
    currencyCode: mapping.currencies[0]!,
    status: record.status,
    brightpearlProductId: record.productId,
  };
}
