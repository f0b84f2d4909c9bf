import { z } from 'zod';

import { formatUnits } from '../decimal';
import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import { withoutUndefined } from '../objects';
import type { RouteContext } from '../route';
import { formatTimestamp, takeId } from '../state';
import type { SimulatorState } from '../state';
import { Money } from './money';
import { paymentStatusOf } from './payment-status';
import { PAYMENT_TYPES } from './payment-types';
import type { StoredCustomerPayment } from './payment-types';

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), {
  message: 'must be an ISO-8601 date',
});

/** Field rules of reference §9.1. */
const PaymentCreate = z.object({
  transactionRef: z.string().min(1).max(64).optional(),
  transactionCode: z.string().min(1).max(64).optional(),
  paymentMethodCode: z.string().min(1).max(36),
  paymentType: z.enum(PAYMENT_TYPES),
  orderId: z.number().int().positive(),
  currencyIsoCode: z.string().length(3),
  exchangeRate: z.number().positive().optional(),
  amountPaid: Money.optional(),
  amountAuthorized: Money.optional(),
  authorizationExpiry: isoDate.optional(),
  paymentDate: isoDate.optional(),
  journalRef: z.string().optional(),
});
type PaymentCreate = z.infer<typeof PaymentCreate>;

const invalid = (message: string) =>
  BrightpearlError.of(400, ERROR_CODES.accountingValidation, message);

/**
 * POST /accounting-service/customer-payment → the payment id (reference §9.1). RECEIPT pays a
 * sales order, PAYMENT refunds a sales credit; AUTH/CAPTURE/VOID are taken against sales orders
 * (UNCONFIRMED). transactionRef + paymentMethodCode is the natural idempotency key: a repeat is a
 * 400 (code UNCONFIRMED). An unknown currency is accepted with currencyId null (search doc).
 * A change of the order's payment status bumps it and raises `order.modified` (UNCONFIRMED).
 */
export function createCustomerPayment(context: RouteContext): number {
  const { state } = context;
  const input = parseBody(PaymentCreate, context.body, ERROR_CODES.accountingValidation);
  const order = state.orders.get(input.orderId);
  const wanted = input.paymentType === 'PAYMENT' ? 'SC' : 'SO';
  if (!order || order.orderTypeCode !== wanted) {
    const kind = wanted === 'SC' ? 'sales credit' : 'sales order';
    throw invalid(`orderId: ${kind} ${input.orderId} does not exist`);
  }
  if (findByTransaction(state, input)) {
    const message = `A payment with transactionRef ${input.transactionRef} and paymentMethodCode ${input.paymentMethodCode} already exists`;
    throw BrightpearlError.of(400, ERROR_CODES.paymentDuplicateTransactionRef, message);
  }
  const before = paymentStatusOf(state, order);
  const payment = buildPayment(state, { input, now: formatTimestamp(context.now()) });
  state.payments.set(payment.id, payment);
  if (paymentStatusOf(state, order) !== before) {
    order.updatedOn = payment.createdOn;
    context.emit({ resourceType: 'order', lifecycleEvent: 'modified', ids: [order.id] });
  }
  return payment.id;
}

function findByTransaction(
  state: SimulatorState,
  input: PaymentCreate,
): StoredCustomerPayment | undefined {
  if (input.transactionRef === undefined) return undefined;
  return [...state.payments.values()].find(
    (payment) =>
      payment.transactionRef === input.transactionRef &&
      payment.paymentMethodCode === input.paymentMethodCode,
  );
}

function buildPayment(
  state: SimulatorState,
  { input, now }: { input: PaymentCreate; now: string },
): StoredCustomerPayment {
  const currencyCode = input.currencyIsoCode.toUpperCase();
  const stamp = (value: string | undefined) =>
    value === undefined ? undefined : formatTimestamp(new Date(value));
  return withoutUndefined({
    id: takeId(state, 'customerPayment'),
    transactionRef: input.transactionRef,
    transactionCode: input.transactionCode,
    paymentMethodCode: input.paymentMethodCode,
    paymentType: input.paymentType,
    orderId: input.orderId,
    currencyCode,
    currencyId: state.lookups.currencies.find((c) => c.code === currencyCode)?.id ?? null,
    // "exchangeRate > 0, 6 dp" (§9.1).
    exchangeRate: (input.exchangeRate ?? 1).toFixed(6),
    // amountPaid counts for RECEIPT/PAYMENT/CAPTURE only ("default 0", §9.1).
    amountPaid: formatUnits(
      ['AUTH', 'VOID'].includes(input.paymentType) ? 0 : (input.amountPaid ?? 0),
    ),
    amountAuthorized: formatUnits(input.paymentType === 'AUTH' ? (input.amountAuthorized ?? 0) : 0),
    expires: stamp(input.authorizationExpiry),
    paymentDate: stamp(input.paymentDate) ?? now,
    createdOn: now,
    journalRef: input.journalRef,
    journalId: null,
  });
}
