import type { KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { markPaymentDue } from '../payments/payment-repository';
import { rememberStatuses } from '../status/status-repository';

/**
 * What a newly created sales order starts, in its own transaction: the status both sides now
 * have (so neither echoes it), and the payment if Kentico already holds the order as paid.
 */
export async function recordOrderFollowUps(
  tx: Db,
  deps: { queue: JobQueue; mapping: MappingConfig },
  order: KenticoOrder,
): Promise<void> {
  await rememberStatuses(tx, {
    orderGuid: order.OrderGUID,
    kenticoStatus: order.OrderStatusName,
    brightpearlStatusId: deps.mapping.orderStatuses[order.OrderStatusName] ?? null,
    writtenBy: null,
  });
  if (deps.mapping.payments.paidStatuses.includes(order.OrderStatusName)) {
    await markPaymentDue(tx, {
      queue: deps.queue,
      orderGuid: order.OrderGUID,
      fee: order.BpcPaymentFee,
    });
  }
}
