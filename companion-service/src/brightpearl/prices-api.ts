import { brightpearlResponse, formatIdSet } from '@bpkc/shared-types';
import { z } from 'zod';

import type { PriceUpdate } from './catalog-types';
import { parseBody, validateRequest } from './envelope';
import { getOrNone, idSetChunks, sortedUniqueIds } from './id-chunks';
import type { Transport } from './http';
import type { BrightpearlClient, CallOptions } from './types';
import { Amount, EmptyResponse } from './wire-values';

const ENDPOINTS = {
  getPrices: 'GET /product-service/product-price/{idSet}/price-list/{priceListId}',
  setPrice: 'PUT /product-service/product-price/{productId}/price-list',
} as const;

export const MAX_IDS_PER_PRICE_GET = 200;

const PricesResponse = brightpearlResponse(
  z.array(
    z.object({
      productId: z.number().int().positive(),
      priceLists: z.array(
        z.object({
          priceListId: z.number().int(),
          // quantity break → price; `{}` when the list has no price for the product.
          quantityPrice: z.record(z.string(), Amount),
        }),
      ),
    }),
  ),
);

// Price list 0 is the cost list (reference §7.4), so 0 is a valid id here.
const PriceListId = z.number().int().nonnegative();
const Update = z.object({
  productId: z.number().int().positive(),
  priceListId: PriceListId,
  price: z.number().nonnegative(),
});

type PricesApi = Pick<BrightpearlClient, 'getPrices' | 'setPrice'>;

export function createPricesApi(transport: Transport): PricesApi {
  return {
    async getPrices(productIds: number[], priceListId: number, call?: CallOptions) {
      const endpoint = ENDPOINTS.getPrices;
      const list = validateRequest(PriceListId, priceListId, endpoint);
      const prices = new Map<number, number | null>();
      for (const chunk of idSetChunks(
        sortedUniqueIds(productIds, endpoint),
        MAX_IDS_PER_PRICE_GET,
      )) {
        // 404 "No Product Prices Found": none of this chunk exists.
        const body = await getOrNone(transport, {
          endpoint,
          path: `/product-service/product-price/${formatIdSet(chunk)}/price-list/${list}`,
          schema: PricesResponse,
          call,
        });
        for (const product of body?.response ?? []) {
          const entry = product.priceLists.find((candidate) => candidate.priceListId === list);
          prices.set(product.productId, entry?.quantityPrice['1'] ?? null);
        }
      }
      return prices;
    },

    async setPrice(update: PriceUpdate, call?: CallOptions): Promise<void> {
      const endpoint = ENDPOINTS.setPrice;
      const { productId, priceListId, price } = validateRequest(Update, update, endpoint);
      const response = await transport.send({
        method: 'PUT',
        endpoint,
        path: `/product-service/product-price/${productId}/price-list`,
        // The quantity-1 break only: the shop has no quantity pricing to mirror.
        body: { priceLists: [{ priceListId, quantityPrice: { '1': price } }] },
        call,
      });
      parseBody(EmptyResponse, response, endpoint);
    },
  };
}
