import type { ColumnSpec, SearchDefinition } from '../search/search-types';
import { columnsFrom } from '../search/search-types';
import type { SimulatorState } from '../state';
import type { StoredCustomerPayment } from './payment-types';

/** customer-payment-search columns in recorded order (reference §4). */
export const CUSTOMER_PAYMENT_SEARCH_COLUMNS = [
  'paymentId',
  'transactionRef',
  'transactionCode',
  'paymentMethodCode',
  'paymentType',
  'orderId',
  'currencyId',
  'currencyCode',
  'amountAuthorized',
  'amountPaid',
  'expires',
  'paymentDate',
  'createdOn',
  'journalId',
] as const;

type Spec = ColumnSpec<StoredCustomerPayment>;
const text = (value: (payment: StoredCustomerPayment) => string | null): Spec => ({
  type: 'STRING',
  value,
});
const idSet = (value: (payment: StoredCustomerPayment) => number | null): Spec => ({
  type: 'IDSET',
  value,
});
const period = (value: (payment: StoredCustomerPayment) => string | null): Spec => ({
  type: 'PERIOD',
  value,
});

/** Data types from the api-docs column table: amounts are STRING columns ("100.00"). */
const SPECS: Record<(typeof CUSTOMER_PAYMENT_SEARCH_COLUMNS)[number], Spec> = {
  paymentId: idSet((payment) => payment.id),
  transactionRef: text((payment) => payment.transactionRef ?? null),
  transactionCode: text((payment) => payment.transactionCode ?? null),
  paymentMethodCode: text((payment) => payment.paymentMethodCode),
  paymentType: text((payment) => payment.paymentType),
  orderId: idSet((payment) => payment.orderId),
  currencyId: idSet((payment) => payment.currencyId),
  currencyCode: text((payment) => payment.currencyCode),
  amountAuthorized: text((payment) => payment.amountAuthorized),
  amountPaid: text((payment) => payment.amountPaid),
  expires: period((payment) => payment.expires ?? null),
  paymentDate: period((payment) => payment.paymentDate),
  createdOn: period((payment) => payment.createdOn),
  journalId: idSet((payment) => payment.journalId),
};

/** GET /accounting-service/customer-payment-search (filters e.g. transactionRef, orderId). */
export function customerPaymentSearch(
  state: SimulatorState,
): SearchDefinition<StoredCustomerPayment> {
  return {
    columns: columnsFrom(CUSTOMER_PAYMENT_SEARCH_COLUMNS, SPECS),
    items: () => [...state.payments.values()],
  };
}
