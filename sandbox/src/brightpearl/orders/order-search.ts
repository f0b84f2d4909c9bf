import { ORDER_SEARCH_COLUMNS } from '@bpkc/shared-types';

import type { ColumnSpec, SearchColumn, SearchDefinition } from '../search/search-types';
import { columnsFrom } from '../search/search-types';
import { paymentStatusOf } from '../payments/payment-status';
import type { SimulatorState, StoredOrder } from '../state';
import { NEW_ORDER_CODES, ORDER_TYPE_NAMES, shippingStatusOf, statusNameOf } from './order-codes';

type OrderColumn = (typeof ORDER_SEARCH_COLUMNS)[number];

const integer = (value: (order: StoredOrder) => number | null): ColumnSpec<StoredOrder> => ({
  type: 'INTEGER',
  value,
});
const period = (value: (order: StoredOrder) => string | null): ColumnSpec<StoredOrder> => ({
  type: 'PERIOD',
  value,
});

function orderColumnSpecs(state: SimulatorState): Record<OrderColumn, ColumnSpec<StoredOrder>> {
  return {
    orderId: { type: 'IDSET', value: (order) => order.id },
    orderTypeId: {
      ...integer((order) =>
        order.orderTypeCode === 'SC'
          ? NEW_ORDER_CODES.creditOrderTypeId
          : NEW_ORDER_CODES.orderTypeId,
      ),
      referenceData: ['orderTypeNames'],
    },
    contactId: integer((order) => order.customer.id),
    orderStatusId: { ...integer((order) => order.statusId), referenceData: ['orderStatusNames'] },
    orderStockStatusId: {
      ...integer(() => NEW_ORDER_CODES.stockStatus.id),
      referenceData: ['orderStockStatusNames'],
    },
    createdOn: period((order) => order.createdOn),
    createdById: integer(() => NEW_ORDER_CODES.createdById),
    // customerRef is the order's `reference` (reference §4).
    customerRef: { type: 'STRING', value: (order) => order.ref ?? null },
    orderPaymentStatusId: {
      ...integer((order) => paymentStatusOf(state, order).id),
      referenceData: ['orderPaymentStatusNames'],
    },
    updatedOn: period((order) => order.updatedOn),
    parentOrderId: integer((order) => order.parentOrderId),
    orderShippingStatusId: {
      ...integer((order) => shippingStatusOf(state, order).id),
      referenceData: ['orderShippingStatusNames'],
    },
    externalRef: { type: 'STRING', value: (order) => order.externalRef ?? null },
    installedIntegrationInstanceId: integer(
      (order) => order.installedIntegrationInstanceId ?? null,
    ),
    warehouseId: integer((order) => order.warehouseId),
    staffOwnerContactId: integer(() => 0),
    taxDate: period((order) => order.taxDate),
    departmentId: integer(() => 0),
    deliveryDate: period((order) => order.delivery.date ?? null),
  };
}

/** order-search: columns exactly as ORDER_SEARCH_COLUMNS (reference §4). */
export function orderSearch(state: SimulatorState): SearchDefinition<StoredOrder> {
  return definition(state, columnsFrom(ORDER_SEARCH_COLUMNS, orderColumnSpecs(state)));
}

/** sales-order-search: the same columns, but the id column is `salesOrderId` (reference §4). */
export function salesOrderSearch(state: SimulatorState): SearchDefinition<StoredOrder> {
  const columns = columnsFrom(ORDER_SEARCH_COLUMNS, orderColumnSpecs(state)).map((column) =>
    column.name === 'orderId' ? { ...column, name: 'salesOrderId' } : column,
  );
  return definition(state, columns);
}

function definition(
  state: SimulatorState,
  columns: Array<SearchColumn<StoredOrder>>,
): SearchDefinition<StoredOrder> {
  return {
    columns,
    items: () => [...state.orders.values()],
    reference: (page) => reference(state, page),
  };
}

function reference(state: SimulatorState, page: StoredOrder[]): Record<string, unknown> {
  const names = (entries: Array<[number, string]>) =>
    Object.fromEntries(entries.map(([id, name]) => [String(id), name]));
  return {
    orderTypeNames: ORDER_TYPE_NAMES,
    orderStatusNames: names(
      page.map((order) => [order.statusId, statusNameOf(state, order.statusId)]),
    ),
    orderPaymentStatusNames: names(
      page.map((order) => {
        const status = paymentStatusOf(state, order);
        return [status.id, status.name];
      }),
    ),
    orderStockStatusNames: names([
      [NEW_ORDER_CODES.stockStatus.id, NEW_ORDER_CODES.stockStatus.name],
    ]),
    orderShippingStatusNames: names(
      page.map((order) => {
        const status = shippingStatusOf(state, order);
        return [status.id, status.description];
      }),
    ),
  };
}
