import { sumUnits } from '../decimal';
import type { SimulatorState, StoredOrder } from '../state';

/** Shipping statuses (reference §5.5, `GET /order-service/order-shipping-status`). */
export const SHIPPING_STATUSES = [
  { id: 1, code: 'NST', description: 'No stock tracked products on order' },
  { id: 2, code: 'SNS', description: 'Stock not shipped' },
  { id: 3, code: 'SPS', description: 'Some stock shipped' },
  { id: 4, code: 'ASS', description: 'All stock shipped' },
];

/**
 * A new order is unpaid, unallocated and unshipped. The codes are from recordings; the numeric
 * ids behind orderPaymentStatusId/orderStockStatusId are UNCONFIRMED except 13 "Unset".
 */
export const NEW_ORDER_CODES = {
  paymentStatus: { id: 2, name: 'UNPAID' },
  stockStatus: { id: 13, name: 'Unset', code: 'NON' },
  allocationStatusCode: 'ANR',
  orderTypeId: 1,
  createdById: 4,
} as const;

export const ORDER_TYPE_NAMES = {
  '1': 'SALES_ORDER',
  '2': 'PURCHASE_ORDER',
  '3': 'SALES_CREDIT',
  '4': 'PURCHASE_CREDIT',
};

/** NST when no row is a stock-tracked product, otherwise "not shipped" for a new order. */
export function shippingStatusOf(state: SimulatorState, order: StoredOrder) {
  const tracked = order.rows.some(
    (row) => state.products.get(row.productId)?.stockTracked === true,
  );
  const status = SHIPPING_STATUSES[tracked ? 1 : 0];
  if (!status) throw new Error('shipping statuses are missing');
  return status;
}

/** Order totals are computed from the rows, never taken from the request (reference §5.3). */
export function totalsOf(order: StoredOrder): { net: number; tax: number; gross: number } {
  const net = sumUnits(order.rows.map((row) => row.net));
  const tax = sumUnits(order.rows.map((row) => row.tax));
  return { net, tax, gross: net + tax };
}

export function statusNameOf(state: SimulatorState, statusId: number): string {
  return state.lookups.orderStatuses.find((status) => status.statusId === statusId)?.name ?? '';
}
