import { CreatedIdResponse } from '@bpkc/shared-types';
import { z } from 'zod';

import {
  CUSTOMER_PAYMENT_ENDPOINT,
  CUSTOMER_PAYMENT_URI,
  customerPaymentBody,
  customerPaymentMessage,
} from './customer-payment';
import { parseBody, validateRequest } from './envelope';
import type { Transport, TransportRequest } from './http';
import { JOURNAL_ENTRY_ENDPOINT, journalEntryBody } from './journal-entry';
import { searchAll } from './search';
import type { BrightpearlClient, CallOptions } from './types';

const PAYMENT_SEARCH_ENDPOINT = 'GET /accounting-service/customer-payment-search';

const PaymentRow = z.object({
  paymentId: z.number().int().positive(),
  transactionRef: z.string().nullish(),
});

type AccountingApi = Pick<
  BrightpearlClient,
  | 'createCustomerPayment'
  | 'findPaymentIdsByTransactionRef'
  | 'customerPaymentMessage'
  | 'createJournalEntry'
>;

export function createAccountingApi(transport: Transport): AccountingApi {
  const post = async (request: Omit<TransportRequest, 'method'>): Promise<number> => {
    const response = await transport.send({ ...request, method: 'POST' });
    return parseBody(CreatedIdResponse, response, request.endpoint).response;
  };

  return {
    async createCustomerPayment(payment, call?: CallOptions) {
      // Built (and validated) before sending, so an invalid payment spends no budget.
      const body = customerPaymentBody(payment);
      return post({ endpoint: CUSTOMER_PAYMENT_ENDPOINT, path: CUSTOMER_PAYMENT_URI, body, call });
    },

    async findPaymentIdsByTransactionRef(ref: string, call?: CallOptions) {
      const endpoint = PAYMENT_SEARCH_ENDPOINT;
      // An empty filter would match every payment and make every payment look made.
      const wanted = validateRequest(z.string().trim().min(1), ref, endpoint);
      const rows = await searchAll(transport, {
        endpoint,
        path: '/accounting-service/customer-payment-search',
        query: { transactionRef: wanted },
        row: PaymentRow,
        call,
      });
      // This answer decides "pay or not" (as findOrderIdsByExternalRef decides "create or
      // not"): drop only rows that provably carry another ref; an unknown one still counts.
      const lower = wanted.toLowerCase();
      const ids = rows
        .filter(
          (row) =>
            typeof row.transactionRef !== 'string' ||
            row.transactionRef.trim().toLowerCase() === lower,
        )
        .map((row) => row.paymentId);
      return [...new Set(ids)].sort((a, b) => a - b);
    },

    customerPaymentMessage,

    async createJournalEntry(entry, call?: CallOptions) {
      const body = journalEntryBody(entry);
      return post({
        endpoint: JOURNAL_ENTRY_ENDPOINT,
        path: '/accounting-service/journal-entry',
        body,
        call,
      });
    },
  };
}
