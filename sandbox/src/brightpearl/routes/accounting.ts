import { createJournalEntry } from '../journals/journal-entry';
import { createCustomerPayment } from '../payments/create-payment';
import { customerPaymentSearch } from '../payments/payment-search';
import { created } from '../route';
import type { Route } from '../route';
import { runSearch } from '../search/search-engine';

/**
 * Customer payments and journal entries (reference §9.1, §9.3). Being POSTs in the one dispatch
 * table, they also work as multi-message inner messages (§3.5).
 */
export const accountingRoutes: Route[] = [
  {
    method: 'POST',
    path: '/accounting-service/customer-payment',
    messageType: 'post-customer-payment',
    needsBody: true,
    handle: (context) => created(createCustomerPayment(context)),
  },
  {
    method: 'GET',
    path: '/accounting-service/customer-payment-search',
    messageType: 'bulk-data-search',
    handle: (context) => runSearch(customerPaymentSearch(context.state), context.query),
  },
  {
    method: 'POST',
    path: '/accounting-service/journal-entry',
    messageType: 'post-journal-entry',
    needsBody: true,
    handle: (context) => created(createJournalEntry(context)),
  },
];
