import type { KenticoOrder, KenticoRefund } from '@bpkc/shared-types';

import type { CallMeter } from '../call-meter';
import { createOrAdopt } from '../create-or-adopt';
import { PermanentSyncError } from '../orders/mapping-failure';
import type { RefundDeps } from './sync-refund';

/**
 * The refund payment (PAYMENT against the sales credit, reference §9.2) with a transactionRef
 * derived from the refund: only an attempt that may have paid already looks it up first.
 */
export async function payRefund(
  deps: RefundDeps & { meter: CallMeter },
  input: { refund: KenticoRefund; order: KenticoOrder; creditId: number; paymentMayExist: boolean },
): Promise<number> {
  const method =
    deps.mapping.refunds.paymentMethodCode ??
    deps.mapping.payments.methods[input.order.OrderPaymentMethodName ?? ''];
  if (method === undefined) {
    throw new PermanentSyncError(
      'unknown-payment-method',
      'no refund payment method: set refunds.paymentMethodCode',
      { field: 'refunds.paymentMethodCode' },
    );
  }
  const transactionRef = `KC-RFD-${input.refund.RefundGUID}`;
  const find = async () =>
    (await deps.brightpearl.findPaymentIdsByTransactionRef(transactionRef, deps.meter.call))[0];
  // Only an earlier attempt that got past the credit can have paid: look before paying again.
  const earlier = input.paymentMayExist ? await find() : undefined;
  if (earlier !== undefined) return earlier;
  return createOrAdopt({
    create: () =>
      deps.brightpearl.createCustomerPayment(
        {
          transactionRef,
          paymentMethodCode: method,
          paymentType: 'PAYMENT',
          orderId: input.creditId,
          currencyIsoCode: input.order.BpcCurrencyCode,
          amountPaid: input.refund.RefundTotal,
          paymentDate: new Date().toISOString(),
          journalRef: `Kentico refund for ${input.order.OrderNumber}`,
        },
        deps.meter.call,
      ),
    find,
    what: 'refund payment',
  });
}
