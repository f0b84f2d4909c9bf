import { type CatalogProduct, type MappingConfig, MAX_PRODUCT_BATCH } from '@bpkc/shared-types';

import { type BrightpearlClient, type CatalogRecord, PRIORITY } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { bindProducts } from '../product-bindings';
import { shapeCatalogProduct } from './product-transforms';

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
 * uses. Only when the mapping says Brightpearl owns products; bindings are kept either way.
 */
export async function syncProducts(
  deps: CatalogDeps,
  productIds: readonly number[],
): Promise<{ products: number; calls: number }> {
  if (productIds.length === 0) return { products: 0, calls: 0 };
  const meter = new CallMeter(PRIORITY.catalog);
  const records = await deps.brightpearl.getProducts([...productIds], meter.call);
  await bindProducts(deps.db, records);
  if (deps.mapping.catalog.products === 'brightpearl' && records.length > 0) {
    const prices =
      deps.mapping.catalog.prices === 'brightpearl'
        ? await deps.brightpearl.getPrices(
            records.map((r) => r.productId),
            deps.mapping.brightpearl.priceListId,
            meter.call,
          )
        : new Map<number, number | null>();
    const products: CatalogProduct[] = [];
    for (const record of records) {
      const product = toCatalogProduct(record, prices.get(record.productId) ?? null, deps.mapping);
      products.push(
        await shapeCatalogProduct(product, { record, mapping: deps.mapping }, deps.logger),
      );
    }
    for (let start = 0; start < products.length; start += MAX_PRODUCT_BATCH) {
      await deps.kentico.upsertProducts(products.slice(start, start + MAX_PRODUCT_BATCH));
    }
  }
  return { products: records.length, calls: meter.calls };
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
