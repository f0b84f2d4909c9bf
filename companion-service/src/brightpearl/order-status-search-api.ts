import { z } from 'zod';

import { validateRequest } from './envelope';
import type { Transport } from './http';
import type { SalesOrderStatus } from './order-types';
import { searchAll } from './search';
import type { BrightpearlClient, CallOptions } from './types';
import { fromPeriod, Since } from './wire-values';

const ENDPOINT = 'GET /order-service/order-search';

/** Order type 1 is SALES_ORDER (order-search `reference.orderTypeNames`, reference §4). */
export const SALES_ORDER_TYPE_ID = 1;

const StatusRow = z.object({
  orderId: z.number().int().positive(),
  orderTypeId: z.number().int().nullish(),
  orderStatusId: z.number().int().nullish(),
});

const SearchOptions = z.object({ updatedSince: Since });

type OrderStatusSearchApi = Pick<BrightpearlClient, 'searchSalesOrderStatuses'>;

/**
 * Sales orders updated since a time with their current status: the catch-up under lost
 * `order.modified.order-status` webhooks (one search call per 500 orders, no order reads).
 */
export function createOrderStatusSearchApi(transport: Transport): OrderStatusSearchApi {
  return {
    async searchSalesOrderStatuses(options, call?: CallOptions): Promise<SalesOrderStatus[]> {
      const { updatedSince } = validateRequest(SearchOptions, options, ENDPOINT);
      const rows = await searchAll(transport, {
        endpoint: ENDPOINT,
        path: '/order-service/order-search',
        query: { orderTypeId: SALES_ORDER_TYPE_ID, updatedOn: fromPeriod(updatedSince) },
        row: StatusRow,
        call,
      });
      // An order updated while the pages were read can show up twice: the later row wins.
      const statuses = new Map<number, SalesOrderStatus>();
      for (const row of rows) {
        if (row.orderTypeId != null && row.orderTypeId !== SALES_ORDER_TYPE_ID) continue;
        if (row.orderStatusId == null) continue;
        statuses.set(row.orderId, { orderId: row.orderId, statusId: row.orderStatusId });
      }
      return [...statuses.values()];
    },
  };
}
