import type { ResendResult } from '@bpkc/shared-types';

import type { JobQueue } from '../queue';
import type { Db } from '../store';
import type { OrderSyncJob } from '../sync/orders/order-sync-job';
import { writeAudit } from './audit-log';

/**
 * Forces a fresh sync of one order, never a duplicate: the order goes back to 'pending' with
 * `create_sent_at` set, so the order flow searches Brightpearl by externalRef (the order GUID)
 * before it would create anything, adopts the order it finds, and writes its id to Kentico
 * again. An order the companion never saw (a lost event) is picked up the same way.
 */
export async function resendOrder(
  deps: { db: Db; queue: JobQueue },
  input: { orderGuid: OrderSyncJob['orderGuid']; actor: string; comment?: string },
): Promise<ResendResult> {
  const { orderGuid } = input;
  return deps.db.transaction(async (tx) => {
    const [before] = await tx.query<{ state: string }>(
      `SELECT state FROM order_sync WHERE order_guid = $1`,
      [orderGuid],
    );
    await tx.query(
      `INSERT INTO order_sync (order_guid, state, create_sent_at) VALUES ($1, 'pending', now())
       ON CONFLICT (order_guid) DO UPDATE SET state = 'pending',
         create_sent_at = coalesce(order_sync.create_sent_at, now()), updated_at = now()`,
      [orderGuid],
    );
    const job: OrderSyncJob = { orderGuid, trigger: 'resend' };
    const jobId = await deps.queue.enqueue('order-sync', job, { db: tx, singletonKey: orderGuid });
    await writeAudit(tx, {
      actor: input.actor,
      action: 'order.resend',
      target: `order:${orderGuid}`,
      details: { previousState: before?.state ?? null, jobId, comment: input.comment ?? null },
    });
    return { orderGuid, state: 'pending', jobId };
  });
}
