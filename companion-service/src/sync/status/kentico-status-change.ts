import type { MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import { recordDeadLetter } from '../../dead-letters/dead-letter-repository';
import type { KenticoBridgeClient } from '../../kentico';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { withLease } from '../leases';
import { findOrderSync } from '../orders/order-sync-repository';
import { markPaymentDue } from '../payments/payment-repository';
import { OrderNotInBrightpearlYet } from './errors';
import { readStatuses, rememberStatuses } from './status-repository';

export interface StatusDeps {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
}

/**
 * A Kentico status change → Brightpearl, for statuses Kentico owns. The status the companion
 * itself last wrote to Kentico is recognised and not echoed back. A change to a "paid" status
 * makes the order's payment due.
 */
export async function pushKenticoStatus(deps: StatusDeps, orderGuid: string): Promise<string> {
  return withLease(deps.db, { key: `order:${orderGuid}`, waitMs: 2_000 }, async () => {
    const sync = await findOrderSync(deps.db, orderGuid);
    if (sync?.state !== 'synced') {
      if (sync?.state === 'dead-lettered') return 'order-dead-lettered';
      throw new OrderNotInBrightpearlYet(orderGuid);
    }
    const order = await deps.kentico.getOrder(orderGuid);
    const status = order.OrderStatusName;
    const known = await readStatuses(deps.db, orderGuid);
    if (known?.kenticoStatus === status) return 'unchanged';
    if (deps.mapping.payments.paidStatuses.includes(status)) {
      await markPaymentDue(deps.db, { queue: deps.queue, orderGuid, fee: order.BpcPaymentFee });
    }
    const remember = (brightpearlStatusId: number | null, writtenBy: 'brightpearl' | null) =>
      rememberStatuses(deps.db, {
        orderGuid,
        kenticoStatus: status,
        brightpearlStatusId,
        writtenBy,
      });
    const current = known?.brightpearlStatusId ?? null;
    if (!deps.mapping.statusSync.kenticoOwned.includes(status))
      return remember(current, null).then(() => 'not-owned');
    const target = deps.mapping.orderStatuses[status];
    if (target === undefined) return unmapped(deps, { orderGuid, status });
    if (target !== current) {
      await deps.brightpearl.setOrderStatus(Number(sync.brightpearl_order_id), target, {
        priority: PRIORITY.orders,
      });
    }
    await remember(target, target !== current ? 'brightpearl' : null);
    return 'pushed';
  });
}

async function unmapped(
  deps: StatusDeps,
  input: { orderGuid: string; status: string },
): Promise<string> {
  await recordDeadLetter(deps.db, {
    flow: 'order-status',
    recordKey: input.orderGuid,
    reason: 'unmapped-order-status',
    message: `Kentico status "${input.status}" is Kentico-owned but has no Brightpearl status in orderStatuses`,
    payload: { orderGuid: input.orderGuid, status: input.status, field: 'orderStatuses' },
  });
  return 'dead-lettered';
}
