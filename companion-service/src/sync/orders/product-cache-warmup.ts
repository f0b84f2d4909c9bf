import type { BrightpearlClient } from '../../brightpearl';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';

const PAGE_SIZE = 500;

/**
 * Fills the SKU → productId bindings with one product search per 500 products, so orders do
 * not each spend a lookup per SKU (a 5 000-SKU catalog costs 10 requests, once).
 */
export async function warmProductCache(deps: {
  db: Db;
  brightpearl: BrightpearlClient;
  logger: Logger;
}): Promise<{ products: number; calls: number }> {
  let firstResult: number | null = 1;
  let products = 0;
  let calls = 0;
  while (firstResult !== null) {
    const page = await deps.brightpearl.searchProducts(
      { firstResult, pageSize: PAGE_SIZE },
      { priority: 7 },
    );
    calls += 1;
    await bindPage(deps.db, page.rows);
    products += page.rows.length;
    firstResult = page.morePagesAvailable ? page.nextFirstResult : null;
  }
  deps.logger.info('Product cache warmed', { products, brightpearlCalls: calls });
  return { products, calls };
}

async function bindPage(db: Db, rows: Array<{ productId: number; sku: string }>): Promise<void> {
  const withSku = rows.filter((row) => row.sku);
  if (withSku.length === 0) return;
  const skus = withSku.map((row) => row.sku);
  const ids = withSku.map((row) => row.productId);
  await db.transaction(async (tx) => {
    // A SKU renamed in Brightpearl keeps its productId: drop the stale binding first.
    await tx.query(
      `DELETE FROM product_bindings b USING unnest($1::text[], $2::bigint[]) AS p(sku, id)
       WHERE b.brightpearl_product_id = p.id AND b.sku <> p.sku`,
      [skus, ids],
    );
    await tx.query(
      `INSERT INTO product_bindings (sku, brightpearl_product_id)
     SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (sku) DO UPDATE SET brightpearl_product_id = EXCLUDED.brightpearl_product_id,
       updated_at = now()`,
      [skus, ids],
    );
  });
}
