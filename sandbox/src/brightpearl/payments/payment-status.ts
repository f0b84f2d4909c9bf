import { sumUnits, toUnits } from '../decimal';
import { totalsOf } from '../orders/order-codes';
import type { SimulatorState, StoredOrder } from '../state';

/**
 * orderPaymentStatus values. UNPAID (2) and NOT_APPLICABLE (5) are recorded (reference §4);
 * the ids of PARTIALLY_PAID and PAID, and the PARTIALLY_PAID name itself, are UNCONFIRMED.
 */
export const PAYMENT_STATUSES = {
  UNPAID: { id: 2, name: 'UNPAID' },
  PARTIALLY_PAID: { id: 3, name: 'PARTIALLY_PAID' },
  PAID: { id: 4, name: 'PAID' },
  NOT_APPLICABLE: { id: 5, name: 'NOT_APPLICABLE' },
} as const;

export type PaymentStatus = (typeof PAYMENT_STATUSES)[keyof typeof PAYMENT_STATUSES];

/**
 * Money received against a sales order (RECEIPT + CAPTURE) or refunded against a sales credit
 * (PAYMENT), in ten-thousandths (reference §9.1; the search doc's amountPaid is "RECEIPTs +
 * CAPTUREs - PAYMENTs"). AUTH and VOID move no money. Amounts are taken as order currency.
 */
export function amountSettled(state: SimulatorState, order: StoredOrder): number {
  const counts = order.orderTypeCode === 'SC' ? ['PAYMENT'] : ['RECEIPT', 'CAPTURE'];
  return sumUnits(
    [...state.payments.values()]
      .filter((payment) => payment.orderId === order.id && counts.includes(payment.paymentType))
      .map((payment) => toUnits(payment.amountPaid)),
  );
}

/** PAID once payments reach the order total, PARTIALLY_PAID below it, UNPAID with none. */
export function paymentStatusOf(state: SimulatorState, order: StoredOrder): PaymentStatus {
  const settled = amountSettled(state, order);
  if (settled <= 0) return PAYMENT_STATUSES.UNPAID;
  return settled >= totalsOf(order).gross ? PAYMENT_STATUSES.PAID : PAYMENT_STATUSES.PARTIALLY_PAID;
}
