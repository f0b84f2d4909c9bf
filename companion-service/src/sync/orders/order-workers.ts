import { recordDeadLetter } from '../../dead-letters/dead-letter-repository';
import type { KenticoBridgeClient } from '../../kentico';
import { withCorrelation } from '../../observability/correlation';
import { type JobQueue, QUEUES } from '../../queue';
import { markFailed } from './order-sync-repository';
import { OrderSyncJob, OrderWriteBackJob } from './order-sync-job';
import { ORDER_FLOW, type OrderSyncDeps, syncOrder } from './sync-order';
import { writeBackOrderId } from './write-back';

/** Registers the order flow's workers; each job runs with the order GUID as correlation id. */
export async function startOrderWorkers(
  deps: OrderSyncDeps & { queue: JobQueue; kentico: KenticoBridgeClient },
  options: { concurrency: number },
): Promise<void> {
  await deps.queue.work<unknown>(
    QUEUES.orderSync.name,
    async (job) => {
      const data = OrderSyncJob.parse(job.data);
      await withCorrelation(data.orderGuid, async () => {
        try {
          await syncOrder(deps, data);
        } catch (error) {
          if (job.retryCount >= QUEUES.orderSync.retryLimit) await giveUp(deps, data, error);
          throw error;
        }
      });
    },
    { concurrency: options.concurrency },
  );
  await deps.queue.work<unknown>(
    QUEUES.orderWriteBack.name,
    async (job) => {
      const data = OrderWriteBackJob.parse(job.data);
      await withCorrelation(data.orderGuid, () => writeBackOrderId(deps, data));
    },
    { concurrency: options.concurrency },
  );
}

/** The queue's last retry failed: make the order visible and replayable instead of silent. */
async function giveUp(deps: OrderSyncDeps, job: OrderSyncJob, error: unknown): Promise<void> {
  const message = `gave up after ${QUEUES.orderSync.retryLimit} retries: ${String(error)}`;
  await deps.db.transaction(async (tx) => {
    await markFailed(tx, {
      orderGuid: job.orderGuid,
      state: 'dead-lettered',
      error: message,
      calls: 0,
    });
    await recordDeadLetter(tx, {
      flow: ORDER_FLOW,
      recordKey: job.orderGuid,
      reason: 'retries-exhausted',
      message,
      payload: { job },
    });
  });
  deps.logger.error('Order sync retries exhausted', { orderGuid: job.orderGuid });
}
