import { createBrightpearlOrderId, CreatedIdResponse, SalesOrderCreate } from '@bpkc/shared-types';
import type { BrightpearlOrderId } from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import type { Transport } from './http';
import { type InstallationId, withInstallationId } from './installation';
import type { SalesCreditCreate, SalesCreditSummary } from './order-types';
import { searchAll } from './search';
import type { BrightpearlClient, CallOptions } from './types';
import { fromPeriod, Since, textOrNull } from './wire-values';

const ENDPOINTS = {
  create: 'POST /order-service/sales-credit',
  search: 'GET /order-service/order-search',
} as const;

/** Order type 3 is SALES_CREDIT (order-search `reference.orderTypeNames`, reference §4). */
export const SALES_CREDIT_ORDER_TYPE_ID = 3;

const isNegative = (decimal: string): boolean => decimal.trim().startsWith('-');

/** The sales-order body plus the original order; a credit's rows carry positive amounts (§9.2). */
const SalesCredit = SalesOrderCreate.extend({ parentId: z.number().int().positive() }).refine(
  (credit) =>
    credit.rows.every(
      (row) => !isNegative(row.quantity) && !isNegative(row.net) && !isNegative(row.tax),
    ),
  { message: 'credit rows carry positive quantities and amounts', path: ['rows'] },
);

const CreditRow = z.object({
  orderId: z.number().int().positive(),
  orderTypeId: z.number().int().nullish(),
  parentOrderId: z.number().int().nonnegative().nullish(),
  externalRef: z.string().nullish(),
});

const SearchOptions = z.object({ updatedSince: Since });

type SalesCreditApi = Pick<BrightpearlClient, 'createSalesCredit' | 'searchSalesCredits'>;

export function createSalesCreditApi(
  transport: Transport,
  installation?: InstallationId,
): SalesCreditApi {
  return {
    async createSalesCredit(
      body: SalesCreditCreate,
      call?: CallOptions,
    ): Promise<BrightpearlOrderId> {
      const endpoint = ENDPOINTS.create;
      const data = await withInstallationId(
        validateRequest(SalesCredit, body, endpoint),
        installation,
      );
      const response = await transport.send({
        method: 'POST',
        endpoint,
        path: '/order-service/sales-credit',
        body: data,
        call,
      });
      return createBrightpearlOrderId(parseBody(CreatedIdResponse, response, endpoint).response);
    },

    async searchSalesCredits(options, call?: CallOptions): Promise<SalesCreditSummary[]> {
      const endpoint = ENDPOINTS.search;
      const { updatedSince } = validateRequest(SearchOptions, options, endpoint);
      const rows = await searchAll(transport, {
        endpoint,
        path: '/order-service/order-search',
        query: { orderTypeId: SALES_CREDIT_ORDER_TYPE_ID, updatedOn: fromPeriod(updatedSince) },
        row: CreditRow,
        call,
      });
      // A row that says it is another order type is dropped; one without the column is kept.
      const credits = new Map<number, SalesCreditSummary>();
      for (const row of rows) {
        if (row.orderTypeId != null && row.orderTypeId !== SALES_CREDIT_ORDER_TYPE_ID) continue;
        credits.set(row.orderId, {
          orderId: row.orderId,
          parentOrderId: row.parentOrderId ?? 0,
          externalRef: textOrNull(row.externalRef),
        });
      }
      // Deduplicated: a credit updated while the pages were read can show up twice.
      return [...credits.values()];
    },
  };
}
