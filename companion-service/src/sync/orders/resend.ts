import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import type { OrderSyncJob } from './order-sync-job';
import type { OrderSyncState } from './order-sync-repository';
import { reopenForResend } from './order-sync-reopen';

/**
 * Forces a fresh sync of one order, never a duplicate: the order goes back to 'pending' with
 * its "create sent" marker set, so the order flow searches Brightpearl by externalRef (the order
 * GUID) before it would create anything, adopts the order it finds, and writes its id to Kentico
 * again. An order the companion never saw (a lost event) is picked up the same way. The first
 * sync time is kept; the new sync is added to the order's history. On the caller's transaction.
 */
export async function resendOrder(
  tx: Db,
  input: { queue: JobQueue; orderGuid: OrderSyncJob['orderGuid'] },
): Promise<{ previousState: OrderSyncState | null; jobId: string | null }> {
  const { previousState } = await reopenForResend(tx, input.orderGuid);
  const job: OrderSyncJob = { orderGuid: input.orderGuid, trigger: 'resend' };
  const jobId = await input.queue.enqueue('order-sync', job, {
    db: tx,
    singletonKey: input.orderGuid,
  });
  return { previousState, jobId };
}
