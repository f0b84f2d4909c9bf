import {
  brightpearlResponse,
  createBrightpearlProductId,
  CreatedIdResponse,
  formatIdSet,
} from '@bpkc/shared-types';
import type { BrightpearlProductId } from '@bpkc/shared-types';
import { z } from 'zod';

import type { CatalogRecord, ProductCreateInput } from './catalog-types';
import { parseBody, validateRequest } from './envelope';
import { getOrNone, idSetChunks, sortedUniqueIds } from './id-chunks';
import type { Transport } from './http';
import { productCreateBody, ProductCreate, ProductRecord, toCatalogRecord } from './product-record';
import type { BrightpearlClient, CallOptions } from './types';

const ENDPOINTS = {
  getProducts: 'GET /product-service/product/{idSet}',
  createProduct: 'POST /product-service/product',
} as const;

/** Real clients chunk multi-id GETs at 100–200 (reference §3.4); 200 spends the least budget. */
export const MAX_IDS_PER_PRODUCT_GET = 200;

const ProductsResponse = brightpearlResponse(z.array(ProductRecord));

type CatalogApi = Pick<BrightpearlClient, 'getProducts' | 'createProduct'>;

export function createCatalogApi(transport: Transport): CatalogApi {
  return {
    async getProducts(productIds: number[], call?: CallOptions): Promise<CatalogRecord[]> {
      const endpoint = ENDPOINTS.getProducts;
      const records: CatalogRecord[] = [];
      for (const chunk of idSetChunks(
        sortedUniqueIds(productIds, endpoint),
        MAX_IDS_PER_PRODUCT_GET,
      )) {
        // 404: none of this chunk exists (reference §3.3).
        const body = await getOrNone(transport, {
          endpoint,
          path: `/product-service/product/${formatIdSet(chunk)}`,
          schema: ProductsResponse,
          call,
        });
        for (const product of body?.response ?? []) {
          const record = toCatalogRecord(product);
          if (record) records.push(record);
        }
      }
      return records;
    },

    async createProduct(
      input: ProductCreateInput,
      call?: CallOptions,
    ): Promise<BrightpearlProductId> {
      const endpoint = ENDPOINTS.createProduct;
      const valid = validateRequest(ProductCreate, input, endpoint);
      const response = await transport.send({
        method: 'POST',
        endpoint,
        path: '/product-service/product',
        body: productCreateBody(valid),
        call,
      });
      return createBrightpearlProductId(parseBody(CreatedIdResponse, response, endpoint).response);
    },
  };
}
