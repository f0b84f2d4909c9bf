import { sumUnits } from '../decimal';
import type { SimulatorState, StoredOrder } from '../state';
import { shippingCodeOf } from '../warehouse/goods-out-quantities';

/** Shipping statuses (reference §5.5, `GET /order-service/order-shipping-status`). */
export const SHIPPING_STATUSES = [
  { id: 1, code: 'NST', description: 'No stock tracked products on order' },
  { id: 2, code: 'SNS', description: 'Stock not shipped' },
  { id: 3, code: 'SPS', description: 'Some stock shipped' },
  { id: 4, code: 'ASS', description: 'All stock shipped' },
];

/**
 * A new order is unallocated and unshipped (payment status: payments/payment-status.ts). The
 * codes are from recordings; the orderStockStatusId ids are UNCONFIRMED except 13 "Unset".
 */
export const NEW_ORDER_CODES = {
  stockStatus: { id: 13, name: 'Unset', code: 'NON' },
  allocationStatusCode: 'ANR',
  orderTypeId: 1,
  /** orderTypeId of a sales credit (reference §4 orderTypeNames). */
  creditOrderTypeId: 3,
  createdById: 4,
} as const;

export const ORDER_TYPE_NAMES = {
  '1': 'SALES_ORDER',
  '2': 'PURCHASE_ORDER',
  '3': 'SALES_CREDIT',
  '4': 'PURCHASE_CREDIT',
};

/** NST without stock-tracked rows, else SNS / SPS / ASS from the goods-out notes (§5.5, §8). */
export function shippingStatusOf(state: SimulatorState, order: StoredOrder) {
  const code = shippingCodeOf(state, order);
  const status = SHIPPING_STATUSES.find((candidate) => candidate.code === code);
  if (!status) throw new Error(`shipping status ${code} is missing`);
  return status;
}

/** Every status of the account: the listed SO ones and the sales-credit ones (lookups-data). */
export const allStatuses = (state: SimulatorState) => [
  ...state.lookups.orderStatuses,
  ...state.lookups.creditStatuses,
];

/** Order totals are computed from the rows, never taken from the request (reference §5.3). */
export function totalsOf(order: StoredOrder): { net: number; tax: number; gross: number } {
  const net = sumUnits(order.rows.map((row) => row.net));
  const tax = sumUnits(order.rows.map((row) => row.tax));
  return { net, tax, gross: net + tax };
}

export function statusNameOf(state: SimulatorState, statusId: number): string {
  return allStatuses(state).find((status) => status.statusId === statusId)?.name ?? '';
}
