import {
  brightpearlResponse,
  createBrightpearlOrderId,
  CreatedIdResponse,
  formatIdSet,
  SalesOrderCreate,
} from '@bpkc/shared-types';
import type { BrightpearlOrderId } from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import { BrightpearlNotFoundError } from './errors';
import type { Transport } from './http';
import { search } from './search';
import type { BrightpearlClient, CallOptions } from './types';

const ENDPOINTS = {
  orderSearch: 'GET /order-service/order-search',
  createSalesOrder: 'POST /order-service/sales-order',
  getOrders: 'GET /order-service/order/{idSet}',
} as const;

/** Brightpearl documents up to 200 ids per multi-id GET; real clients chunk at 100–200. */
export const MAX_IDS_PER_GET = 200;

const OrderSearchRow = z.object({
  orderId: z.number().int().positive(),
  externalRef: z.string().nullish(),
});

const OrdersResponse = brightpearlResponse(z.array(z.unknown()));

const NonEmpty = z.string().trim().min(1);
const PositiveIds = z.array(z.number().int().positive());

type OrdersApi = Pick<
  BrightpearlClient,
  'findOrderIdsByExternalRef' | 'createSalesOrder' | 'getOrders'
>;

export function createOrdersApi(transport: Transport): OrdersApi {
  return {
    async findOrderIdsByExternalRef(externalRef: string, call?: CallOptions) {
      // An empty filter would match every order and make every order look like a duplicate.
      validateRequest(NonEmpty, externalRef, ENDPOINTS.orderSearch);
      const { rows } = await search(transport, {
        endpoint: ENDPOINTS.orderSearch,
        path: '/order-service/order-search',
        query: { externalRef },
        row: OrderSearchRow,
        call,
      });
      // This answer decides "create or not": drop only rows that provably carry another
      // externalRef (in case the filter matches loosely); an unknown one must still count.
      const wanted = externalRef.toLowerCase();
      return rows
        .filter(
          (row) => typeof row.externalRef !== 'string' || row.externalRef.toLowerCase() === wanted,
        )
        .map((row) => createBrightpearlOrderId(row.orderId));
    },

    async createSalesOrder(
      body: SalesOrderCreate,
      call?: CallOptions,
    ): Promise<BrightpearlOrderId> {
      const endpoint = ENDPOINTS.createSalesOrder;
      const data = validateRequest(SalesOrderCreate, body, endpoint);
      const response = await transport.send({
        method: 'POST',
        endpoint,
        path: '/order-service/sales-order',
        body: data,
        call,
      });
      return createBrightpearlOrderId(parseBody(CreatedIdResponse, response, endpoint).response);
    },

    async getOrders(ids: number[], call?: CallOptions) {
      const endpoint = ENDPOINTS.getOrders;
      const unique = [...new Set(validateRequest(PositiveIds, ids, endpoint))].sort(
        (a, b) => a - b,
      );
      const orders: unknown[] = [];
      for (let start = 0; start < unique.length; start += MAX_IDS_PER_GET) {
        const idSet = formatIdSet(unique.slice(start, start + MAX_IDS_PER_GET));
        orders.push(...(await getOrderChunk(transport, idSet, call)));
      }
      return orders;
    },
  };
}

async function getOrderChunk(
  transport: Transport,
  idSet: string,
  call: CallOptions | undefined,
): Promise<unknown[]> {
  const endpoint = ENDPOINTS.getOrders;
  try {
    const response = await transport.send({
      method: 'GET',
      endpoint,
      path: `/order-service/order/${idSet}`,
      call,
    });
    return parseBody(OrdersResponse, response, endpoint).response;
  } catch (error) {
    // "Nothing found" is 200 [] on this service but 404 CMNC-404 on others (reference §3.3).
    if (error instanceof BrightpearlNotFoundError) return [];
    throw error;
  }
}
