import { z } from 'zod';

import type { CustomerPaymentInput } from './accounting-types';
import { validateRequest } from './envelope';
import type { MultiMessageRequest } from './types';
import { roundTo } from './wire-values';

export const CUSTOMER_PAYMENT_ENDPOINT = 'POST /accounting-service/customer-payment';
export const CUSTOMER_PAYMENT_URI = '/accounting-service/customer-payment';

const WithOffset = z.iso.datetime({ offset: true });
const MONEY_TYPES = new Set(['RECEIPT', 'PAYMENT', 'CAPTURE']);

/** Field rules of reference §9.1; refused locally so a bad payment costs no budget. */
const CustomerPayment = z
  .object({
    transactionRef: z.string().trim().min(1).max(64),
    transactionCode: z.string().trim().min(1).max(64).optional(),
    paymentMethodCode: z.string().trim().min(1).max(36),
    paymentType: z.enum(['RECEIPT', 'PAYMENT', 'AUTH', 'CAPTURE', 'VOID']),
    orderId: z.number().int().positive(),
    currencyIsoCode: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
    exchangeRate: z.number().positive().optional(),
    amountPaid: z.number().positive().optional(),
    amountAuthorized: z.number().positive().optional(),
    authorizationExpiry: WithOffset.optional(),
    paymentDate: WithOffset.optional(),
    journalRef: z.string().trim().min(1).optional(),
  })
  // Brightpearl defaults a missing amount to 0, which would record a payment of nothing.
  .refine((p) => !MONEY_TYPES.has(p.paymentType) || p.amountPaid !== undefined, {
    message: 'RECEIPT, PAYMENT and CAPTURE need amountPaid',
    path: ['amountPaid'],
  })
  .refine((p) => p.paymentType !== 'AUTH' || p.amountAuthorized !== undefined, {
    message: 'AUTH needs amountAuthorized',
    path: ['amountAuthorized'],
  });

/**
 * The one place the POST body is built: createCustomerPayment and customerPaymentMessage send
 * exactly this. Amounts are rounded (4 dp, rate 6 dp) so float noise never reaches the ledger.
 */
export function customerPaymentBody(payment: CustomerPaymentInput): Record<string, unknown> {
  const valid = validateRequest(CustomerPayment, payment, CUSTOMER_PAYMENT_ENDPOINT);
  const { exchangeRate, amountPaid, amountAuthorized, ...rest } = valid;
  return {
    ...rest,
    ...(exchangeRate === undefined ? {} : { exchangeRate: roundTo(exchangeRate, 6) }),
    ...(amountPaid === undefined ? {} : { amountPaid: roundTo(amountPaid, 4) }),
    ...(amountAuthorized === undefined ? {} : { amountAuthorized: roundTo(amountAuthorized, 4) }),
  };
}

/** The same POST as a multi-message entry (reference §3.5). */
export function customerPaymentMessage(payment: CustomerPaymentInput): MultiMessageRequest {
  const body = customerPaymentBody(payment);
  return {
    // transactionRef + paymentMethodCode is the payment's unique key, so the label is unique too.
    label: `${String(body.paymentMethodCode)}:${String(body.transactionRef)}`,
    uri: CUSTOMER_PAYMENT_URI,
    httpMethod: 'POST',
    body,
  };
}
