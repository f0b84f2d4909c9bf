import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import { SalesOrderCreate } from '@bpkc/shared-types';
import { z } from 'zod';

import { toUnits } from '../decimal';
import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { formatTimestamp } from '../state';
import type { SimulatorState } from '../state';
import { buildOrder } from './create-order';
import { checkReferences, findDuplicate } from './order-checks';

/** Same body as the sales-order POST plus `parentId`, the credited sales order (§9.2). */
const SalesCreditCreate = SalesOrderCreate.extend({ parentId: z.number().int().positive() });
type SalesCreditCreate = z.infer<typeof SalesCreditCreate>;
/** The POST body as a client writes it. */
export type SalesCreditBody = z.input<typeof SalesCreditCreate>;

/** A new credit's status when none is given: the first SC status (lookups-data, ours). */
export const NEW_CREDIT_STATUS_ID = 11;

const problem = (code: string, message: string): BrightpearlErrorItem => ({ code, message });

/**
 * POST /order-service/sales-credit (reference §9.2) → the credit id. Stored as an order of type
 * SC with parentOrderId. Atomic like the sales-order POST; externalRef +
 * installedIntegrationInstanceId stay unique across all orders. A credit allocates no stock
 * (returns come back through goods-in, §8.7). Raises `order.modified` — which event a credit
 * really raises is UNCONFIRMED (`sales-order.created` is only for sales orders, §10.3).
 */
export function createSalesCredit(context: RouteContext): number {
  const { state } = context;
  const input = parseBody(SalesCreditCreate, context.body, ERROR_CODES.orderValidation);
  const errors = [
    ...checkParent(state, input.parentId),
    ...checkReferences(state, { ...input, statusId: undefined }),
    ...checkStatus(state, input.statusId),
    ...checkRows(input),
  ];
  if (errors.length > 0) throw new BrightpearlError(400, errors);
  if (findDuplicate(state, input)) {
    // Same (UNCONFIRMED) code as for sales orders, errors.ts.
    throw BrightpearlError.of(
      400,
      ERROR_CODES.orderDuplicateExternalRef,
      `An order with external reference ${input.externalRef} already exists`,
    );
  }
  const built = buildOrder(state, input, formatTimestamp(context.now()));
  const credit = {
    ...built,
    orderTypeCode: 'SC' as const,
    parentOrderId: input.parentId,
    statusId: input.statusId ?? NEW_CREDIT_STATUS_ID,
  };
  state.orders.set(credit.id, credit);
  context.emit({ resourceType: 'order', lifecycleEvent: 'modified', ids: [credit.id] });
  return credit.id;
}

function checkParent(state: SimulatorState, parentId: number): BrightpearlErrorItem[] {
  const parent = state.orders.get(parentId);
  if (parent?.orderTypeCode === 'SO') return [];
  const message = parent
    ? `parentId: order ${parentId} is not a sales order`
    : `parentId: sales order ${parentId} does not exist`;
  return [problem(ERROR_CODES.orderUnknownReference, message)];
}

function checkStatus(state: SimulatorState, statusId: number | undefined): BrightpearlErrorItem[] {
  if (statusId === undefined) return [];
  if (state.lookups.creditStatuses.some((status) => status.statusId === statusId)) return [];
  const message = `Order status ${statusId} does not exist for sales credits`;
  return [problem(ERROR_CODES.orderUnknownReference, message)];
}

/** "Row values are positive amounts" (reference §9.2): quantity > 0, net and tax ≥ 0. */
function checkRows(input: SalesCreditCreate): BrightpearlErrorItem[] {
  return input.rows.flatMap((row, index) => {
    const bad = [
      toUnits(row.quantity) <= 0 ? 'quantity' : undefined,
      toUnits(row.net) < 0 ? 'net' : undefined,
      toUnits(row.tax) < 0 ? 'tax' : undefined,
    ].filter((field): field is string => field !== undefined);
    return bad.map((field) =>
      problem(ERROR_CODES.orderValidation, `rows.${index}.${field}: must be positive on a credit`),
    );
  });
}
