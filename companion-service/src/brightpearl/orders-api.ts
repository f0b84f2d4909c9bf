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
import type { Transport } from './http';
import { getOrNone, idSetChunks, sortedUniqueIds } from './id-chunks';
import { type InstallationId, withInstallationId } from './installation';
import type { SalesOrderRecord } from './order-types';
import { OrderRecord, toSalesOrderRecord } from './sales-order-record';
import { search } from './search';
import type { BrightpearlClient, CallOptions } from './types';
import { EmptyResponse } from './wire-values';
import type { WriteBatcher } from './write-batcher';

const ENDPOINTS = {
  orderSearch: 'GET /order-service/order-search',
  createSalesOrder: 'POST /order-service/sales-order',
  getOrders: 'GET /order-service/order/{idSet}',
  setOrderStatus: 'PUT /order-service/order/{id}/status',
} as const;

/** Brightpearl documents up to 200 ids per multi-id GET; real clients chunk at 100–200. */
export const MAX_IDS_PER_GET = 200;

const OrderSearchRow = z.object({
  orderId: z.number().int().positive(),
  externalRef: z.string().nullish(),
});

const OrdersResponse = brightpearlResponse(z.array(z.unknown()));
const OrderRecords = z.array(OrderRecord);

const NonEmpty = z.string().trim().min(1);
const StatusChange = z.object({
  orderId: z.number().int().positive(),
  statusId: z.number().int().positive(),
});

type OrdersApi = Pick<
  BrightpearlClient,
  | 'findOrderIdsByExternalRef'
  | 'createSalesOrder'
  | 'getOrders'
  | 'getSalesOrders'
  | 'setOrderStatus'
>;

/** Creates go through `writes`, so creates waiting for the budget share one multi-message. */
export function createOrdersApi(
  transport: Transport,
  installation?: InstallationId,
  writes: Pick<WriteBatcher, 'send'> = transport,
): OrdersApi {
  const getOrders = async (ids: number[], call?: CallOptions): Promise<unknown[]> => {
    const endpoint = ENDPOINTS.getOrders;
    const orders: unknown[] = [];
    for (const chunk of idSetChunks(sortedUniqueIds(ids, endpoint), MAX_IDS_PER_GET)) {
      // "Nothing found" is 200 [] on this service but 404 CMNC-404 on others (reference §3.3).
      const body = await getOrNone(transport, {
        endpoint,
        path: `/order-service/order/${formatIdSet(chunk)}`,
        schema: OrdersResponse,
        call,
      });
      orders.push(...(body?.response ?? []));
    }
    return orders;
  };

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
      const data = await withInstallationId(
        validateRequest(SalesOrderCreate, body, endpoint),
        installation,
      );
      const response = await writes.send({
        method: 'POST',
        endpoint,
        path: '/order-service/sales-order',
        body: data,
        call,
      });
      return createBrightpearlOrderId(parseBody(CreatedIdResponse, response, endpoint).response);
    },

    getOrders,

    async getSalesOrders(orderIds: number[], call?: CallOptions): Promise<SalesOrderRecord[]> {
      const orders = await getOrders(orderIds, call);
      const records = parseBody(OrderRecords, { status: 200, body: orders }, ENDPOINTS.getOrders);
      return records.map(toSalesOrderRecord);
    },

    async setOrderStatus(orderId: number, statusId: number, call?: CallOptions): Promise<void> {
      const endpoint = ENDPOINTS.setOrderStatus;
      const valid = validateRequest(StatusChange, { orderId, statusId }, endpoint);
      const response = await transport.send({
        method: 'PUT',
        endpoint,
        path: `/order-service/order/${valid.orderId}/status`,
        body: { orderStatusId: valid.statusId },
        call,
      });
      parseBody(EmptyResponse, response, endpoint);
    },
  };
}
