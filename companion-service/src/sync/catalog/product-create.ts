import type { KenticoProduct } from '@bpkc/shared-types';
import { z } from 'zod';

import { BrightpearlValidationError, PRIORITY } from '../../brightpearl';
import { KenticoNotFoundError } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { DeadLetterHook } from '../../queue';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { PermanentSyncError } from '../orders/mapping-failure';
import { bindProducts } from '../product-bindings';
import type { CatalogDeps } from './sync-products';

export const ProductCreateJob = z.object({ productGuid: z.guid() });
export type ProductCreateJob = z.infer<typeof ProductCreateJob>;

export const PRODUCT_FLOW = 'product';

/**
 * A product authored in Kentico (mapping `catalog.products: "kentico"`) → Brightpearl. Search by
 * SKU before create, so a crash after the create binds the product instead of creating it twice.
 * A product only the merchant can fix throws PermanentSyncError: the queue dead-letters it.
 */
export async function createProductInBrightpearl(
  deps: CatalogDeps & { logger: Logger },
  job: ProductCreateJob,
): Promise<'skipped' | 'bound' | 'created'> {
  if (deps.mapping.catalog.products !== 'kentico') return 'skipped';
  return withLease(deps.db, { key: `product:${job.productGuid}`, waitMs: 2_000 }, async () => {
    const product = await readProduct(deps, job.productGuid);
    if (product.brightpearlProductId !== null) {
      await bindProducts(deps.db, [{ sku: product.sku, productId: product.brightpearlProductId }]);
      return 'bound';
    }
    return createOrBind(deps, product);
  });
}

/** A product that cannot be created is dead-lettered under its GUID (the replay key). */
export const PRODUCT_DEAD_LETTERS: DeadLetterHook = {
  flow: PRODUCT_FLOW,
  recordKey: (data) => ProductCreateJob.parse(data).productGuid,
};

async function readProduct(deps: CatalogDeps, productGuid: string): Promise<KenticoProduct> {
  try {
    return await deps.kentico.getProductByGuid(productGuid);
  } catch (error) {
    if (error instanceof KenticoNotFoundError)
      throw new PermanentSyncError('invalid-product', error.message);
    throw error;
  }
}

async function createOrBind(
  deps: CatalogDeps,
  product: KenticoProduct,
): Promise<'bound' | 'created'> {
  const meter = new CallMeter(PRIORITY.catalog);
  const existing = await deps.brightpearl.findProductIdBySku(product.sku, meter.call);
  const productId = existing ?? (await create(deps, product, meter));
  await bindProducts(deps.db, [{ sku: product.sku, productId }]);
  await deps.kentico.upsertProducts([
    {
      sku: product.sku,
      name: product.name,
      productGroupId: null,
      variations: [],
      price: product.price,
      currencyCode: deps.mapping.currencies[0]!,
      status: 'LIVE',
      brightpearlProductId: productId,
    },
  ]);
  return existing ? 'bound' : 'created';
}

async function create(
  deps: CatalogDeps,
  product: KenticoProduct,
  meter: CallMeter,
): Promise<number> {
  const brandId = deps.mapping.catalog.defaultBrandId;
  if (brandId === undefined) {
    throw new PermanentSyncError(
      'unmapped-brand',
      'catalog.defaultBrandId is not set in the mapping',
      {
        field: 'catalog.defaultBrandId',
      },
    );
  }
  try {
    const productId = await deps.brightpearl.createProduct(
      { sku: product.sku, name: product.name, brandId, stockTracked: product.stockTracked },
      meter.call,
    );
    if (product.price !== null) {
      const priceListId = deps.mapping.brightpearl.priceListId;
      await deps.brightpearl.setPrice({ productId, priceListId, price: product.price }, meter.call);
    }
    return productId;
  } catch (error) {
    if (!(error instanceof BrightpearlValidationError)) throw error;
    throw new PermanentSyncError(
      'invalid-product',
      `Brightpearl rejected the product: ${error.message}`,
    );
  }
}
