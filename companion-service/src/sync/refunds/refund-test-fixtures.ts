import { randomUUID } from 'node:crypto';

import type { KenticoOrder, KenticoRefund } from '@bpkc/shared-types';

/** Tests: a GBP card order of 50 and a Kentico refund of 12 on it (10 + 2 tax, no lines). */
export function orderWithRefund(orderNumber: string) {
  const [orderGuid, refundGuid] = [randomUUID(), randomUUID()];
  const order = {
    OrderGUID: orderGuid,
    OrderNumber: orderNumber,
    OrderPaymentMethodName: 'Card',
    BpcCurrencyCode: 'GBP',
    OrderGrandTotal: 50,
    Items: [],
  } as unknown as KenticoOrder;
  const refund = {
    RefundGUID: refundGuid,
    OrderGUID: orderGuid,
    Origin: 'kentico',
    RefundTotal: 12,
    ExtraAmount: 10,
    ExtraTax: 2,
    Lines: [],
    RefundCreatedWhen: new Date().toISOString(),
  } as unknown as KenticoRefund;
  return { orderGuid, refundGuid, order, refund };
}
