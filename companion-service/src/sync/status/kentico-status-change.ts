import type { MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import type { DeadLetterHook, JobQueue } from '../../queue';
import type { Db } from '../../store';
import { withLease } from '../leases';
import { findOrderSync } from '../orders/order-sync-repository';
import { markPaymentDue } from '../payments/payment-repository';
import { OrderNotInBrightpearlYet } from './errors';
import { readStatuses, rememberStatuses } from './status-repository';

export const STATUS_FLOW = 'order-status';

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
 * makes the order's payment due. A Kentico-owned status with no Brightpearl status in the mapping
 * is a permanent error, which the queue dead-letters.
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
    if (target === undefined) throw unmapped({ orderGuid, status });
    if (target !== current) {
      await deps.brightpearl.setOrderStatus(Number(sync.brightpearl_order_id), target, {
        priority: PRIORITY.orders,
      });
    }
    await remember(target, target !== current ? 'brightpearl' : null);
    return 'pushed';
  });
}

/** Statuses are dead-lettered under the order GUID, the key their replay takes. */
export const ORDER_STATUS_DEAD_LETTERS: DeadLetterHook = {
  flow: STATUS_FLOW,
  recordKey: (data) => {
    const job = data as { source?: unknown; orderGuid?: unknown };
    return job.source === 'kentico' && typeof job.orderGuid === 'string'
      ? job.orderGuid
      : undefined;
  },
};

function unmapped(input: { orderGuid: string; status: string }): PermanentError {
  return new PermanentError(
    'unmapped-order-status',
    `Kentico status "${input.status}" is Kentico-owned but has no Brightpearl status in orderStatuses`,
    {
      recordKey: input.orderGuid,
      payload: { orderGuid: input.orderGuid, status: input.status, field: 'orderStatuses' },
    },
  );
}
