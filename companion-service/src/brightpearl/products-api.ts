import { createBrightpearlProductId } from '@bpkc/shared-types';
import type { BrightpearlProductId } from '@bpkc/shared-types';
import { z } from 'zod';

import type { Logger } from '../observability/logger';
import { validateRequest } from './envelope';
import type { Transport } from './http';
import { nextFirstResult, search } from './search';
import type { BrightpearlClient, CallOptions, ProductPage } from './types';

const ENDPOINT = 'GET /product-service/product-search';
const PATH = '/product-service/product-search';

/** The largest page real clients use; Brightpearl's hard maximum is undocumented. */
export const MAX_PRODUCT_PAGE_SIZE = 500;

const ProductRow = z.object({
  productId: z.number().int().positive(),
  // Products without a SKU exist (free-text placeholders 1000/1001, reference §12.11).
  SKU: z.string().nullish(),
});

const Page = z.object({
  firstResult: z.number().int().positive(),
  pageSize: z.number().int().positive().max(MAX_PRODUCT_PAGE_SIZE),
  // An explicit offset: Brightpearl reads a bare local time in the account's zone (reference §12.7).
  updatedSince: z.iso.datetime({ offset: true }).optional(),
});

type ProductsApi = Pick<BrightpearlClient, 'findProductIdBySku' | 'searchProducts'>;

export function createProductsApi(transport: Transport, logger: Logger): ProductsApi {
  return {
    async findProductIdBySku(
      sku: string,
      call?: CallOptions,
    ): Promise<BrightpearlProductId | null> {
      const wanted = validateRequest(z.string().trim().min(1), sku, ENDPOINT);
      const { rows } = await search(transport, {
        endpoint: ENDPOINT,
        path: PATH,
        query: { SKU: wanted },
        row: ProductRow,
        call,
      });
      // SKU is an exact-match column, but compare anyway (case-insensitively, as Brightpearl
      // does) so a loose match can never map an order line to the wrong product.
      const ids = rows
        .filter((row) => row.SKU?.trim().toLowerCase() === wanted.toLowerCase())
        .map((row) => row.productId)
        .sort((a, b) => a - b);
      const first = ids[0];
      if (first === undefined) return null;
      // Brightpearl does not enforce unique SKUs; pick deterministically and say so.
      if (ids.length > 1)
        logger.warn('brightpearl sku matches several products', { productIds: ids });
      return createBrightpearlProductId(first);
    },

    async searchProducts(page, call?: CallOptions): Promise<ProductPage> {
      const { firstResult, pageSize, updatedSince } = validateRequest(Page, page, ENDPOINT);
      // updatedOn is a PERIOD column: `from/` is the open-ended "since" range (reference §4).
      const since: Record<string, string> =
        updatedSince === undefined ? {} : { updatedOn: `${updatedSince}/` };
      const { rows, metaData } = await search(transport, {
        endpoint: ENDPOINT,
        path: PATH,
        query: { ...since, firstResult, pageSize },
        row: ProductRow,
        call,
      });
      // A catalog walk maps SKUs, so rows without one are of no use to it.
      return {
        rows: rows.flatMap((row) => (row.SKU ? [{ productId: row.productId, sku: row.SKU }] : [])),
        morePagesAvailable: metaData.morePagesAvailable,
        resultsAvailable: metaData.resultsAvailable,
        nextFirstResult: nextFirstResult(metaData),
      };
    },
  };
}
