import type { BrightpearlProductId, KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import type { Db } from '../../store';
import { bindProducts } from '../product-bindings';
import type { CallMeter } from '../call-meter';
import { PermanentSyncError } from './mapping-failure';

/**
 * SKU → Brightpearl productId, from the binding table first (filled by earlier orders and, later,
 * by the catalog import), then by product search. Unknown SKUs fail the order permanently.
 * A Kentico SKU with an alias (`products.skuAliases`, e.g. an accepted suggestion) is looked up
 * as its Brightpearl SKU; the map is still keyed by the Kentico SKU the rows carry.
 */
export async function resolveProductIds(
  deps: {
    db: Db;
    brightpearl: BrightpearlClient;
    meter: CallMeter;
    mapping?: Pick<MappingConfig, 'products'>;
  },
  order: KenticoOrder,
): Promise<Map<string, BrightpearlProductId>> {
  const aliases = deps.mapping?.products?.skuAliases ?? {};
  const inBrightpearl = (sku: string) => (Object.hasOwn(aliases, sku) ? aliases[sku]! : sku);
  const kenticoSkus = [...new Set(order.Items.map((item) => item.OrderItemSKU))];
  const skus = [...new Set(kenticoSkus.map(inBrightpearl))];
  const bound = await boundProducts(deps.db, skus);
  for (const sku of skus.filter((candidate) => !bound.has(candidate))) {
    const productId = await deps.brightpearl.findProductIdBySku(sku, deps.meter.call);
    if (productId !== null) {
      bound.set(sku, productId);
      await bindProducts(deps.db, [{ sku, productId }]);
    }
  }
  for (const sku of kenticoSkus) {
    const productId = bound.get(inBrightpearl(sku));
    if (productId !== undefined) bound.set(sku, productId);
  }
  // Named as Kentico has them: that is the value the merchant maps (or aliases).
  const unknown = kenticoSkus.filter((sku) => !bound.has(sku));
  if (unknown.length > 0) {
    throw new PermanentSyncError(
      'unknown-sku',
      `SKU not found in Brightpearl: ${unknown.join(', ')}`,
      {
        field: 'OrderItemSKU',
        skus: unknown,
      },
    );
  }
  return bound;
}

/** SKU → productId for the SKUs already bound (no call): also read by the admin preview. */
export async function boundProducts(
  db: Db,
  skus: string[],
): Promise<Map<string, BrightpearlProductId>> {
  const rows = await db.query<{ sku: string; brightpearl_product_id: string | number }>(
    `SELECT sku, brightpearl_product_id FROM product_bindings WHERE sku = ANY($1::text[])`,
    [skus],
  );
  return new Map(
    rows.map((row) => [row.sku, Number(row.brightpearl_product_id) as BrightpearlProductId]),
  );
}
