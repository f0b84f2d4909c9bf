import type { BrightpearlClient } from '../../brightpearl';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { bindProducts } from '../product-bindings';

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
    await bindProducts(deps.db, page.rows);
    products += page.rows.length;
    firstResult = page.morePagesAvailable ? page.nextFirstResult : null;
  }
  deps.logger.info('Product cache warmed', { products, brightpearlCalls: calls });
  return { products, calls };
}
