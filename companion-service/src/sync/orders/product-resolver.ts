import type { BrightpearlProductId, KenticoOrder } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import type { Db } from '../../store';
import { bindProducts } from '../product-bindings';
import type { CallMeter } from '../call-meter';
import { PermanentSyncError } from './mapping-failure';

/**
 * SKU → Brightpearl productId, from the binding table first (filled by earlier orders and, later,
 * by the catalog import), then by product search. Unknown SKUs fail the order permanently.
 */
export async function resolveProductIds(
  deps: { db: Db; brightpearl: BrightpearlClient; meter: CallMeter },
  order: KenticoOrder,
): Promise<Map<string, BrightpearlProductId>> {
  const skus = [...new Set(order.Items.map((item) => item.OrderItemSKU))];
  const bound = await boundProducts(deps.db, skus);
  const unknown: string[] = [];
  for (const sku of skus.filter((candidate) => !bound.has(candidate))) {
    const productId = await deps.brightpearl.findProductIdBySku(sku, deps.meter.call);
    if (productId === null) unknown.push(sku);
    else {
      bound.set(sku, productId);
      await bindProducts(deps.db, [{ sku, productId }]);
    }
  }
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

async function boundProducts(db: Db, skus: string[]): Promise<Map<string, BrightpearlProductId>> {
  const rows = await db.query<{ sku: string; brightpearl_product_id: string | number }>(
    `SELECT sku, brightpearl_product_id FROM product_bindings WHERE sku = ANY($1::text[])`,
    [skus],
  );
  return new Map(
    rows.map((row) => [row.sku, Number(row.brightpearl_product_id) as BrightpearlProductId]),
  );
}
