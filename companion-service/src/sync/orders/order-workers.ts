import type { KenticoBridgeClient } from '../../kentico';
import { withMapping, type WithMappingSource } from '../../mapping';
import { withCorrelation } from '../../observability/correlation';
import { type DeadLetterHook, type JobQueue, parseJobPayload, QUEUES } from '../../queue';
import { findOrderSync, markFailed } from './order-sync-repository';
import { ANNOTATE_FLOW, annotateOrder } from './annotate-order';
import { OrderAnnotateJob, OrderSyncJob, OrderWriteBackJob } from './order-sync-job';
import { ORDER_FLOW, type OrderSyncDeps, syncOrder } from './sync-order';
import { WRITE_BACK_FLOW, writeBackOrderId } from './write-back';

/** Registers the order flow's workers; each job runs with the order GUID as correlation id. */
export async function startOrderWorkers(
  deps: WithMappingSource<OrderSyncDeps> & { queue: JobQueue; kentico: KenticoBridgeClient },
  options: { concurrency: number },
): Promise<void> {
  await deps.queue.work<unknown>(
    QUEUES.orderSync.name,
    // One mapping snapshot for the whole job, read when it starts (mapping/with-mapping.ts).
    withMapping(deps, async (jobDeps, job) => {
      const data = parseJobPayload(OrderSyncJob, job.data);
      await withCorrelation(data.orderGuid, () => syncOrder(jobDeps, data));
    }),
    { concurrency: options.concurrency, deadLetters: ORDER_SYNC_DEAD_LETTERS },
  );
  await deps.queue.work<unknown>(
    QUEUES.orderWriteBack.name,
    async (job) => {
      const data = parseJobPayload(OrderWriteBackJob, job.data);
      await withCorrelation(data.orderGuid, () => writeBackOrderId(deps, data));
    },
    { concurrency: options.concurrency, deadLetters: WRITE_BACK_DEAD_LETTERS },
  );
  await deps.queue.work<unknown>(
    QUEUES.orderAnnotate.name,
    async (job) => {
      const data = parseJobPayload(OrderAnnotateJob, job.data);
      await withCorrelation(data.orderGuid, () => annotateOrder(deps, data));
    },
    { concurrency: options.concurrency, deadLetters: ANNOTATE_DEAD_LETTERS },
  );
}

/**
 * An order that failed for good (a permanent error, or the last retry) is marked dead-lettered in
 * its dead letter's transaction, so the order list and the failure list always agree.
 */
const ORDER_SYNC_DEAD_LETTERS: DeadLetterHook = {
  flow: ORDER_FLOW,
  recordKey: (data) => OrderSyncJob.parse(data).orderGuid,
  onDeadLetter: async (tx, letter) => {
    const sync = await findOrderSync(tx, letter.recordKey);
    // A crash after the order synced can still exhaust the job: the order itself is fine.
    if (sync?.state === 'synced') return false;
    await markFailed(tx, {
      orderGuid: letter.recordKey,
      state: 'dead-lettered',
      error: letter.message,
      calls: 0,
    });
  },
};

const ANNOTATE_DEAD_LETTERS: DeadLetterHook = {
  flow: ANNOTATE_FLOW,
  recordKey: (data) => OrderAnnotateJob.parse(data).orderGuid,
};

const WRITE_BACK_DEAD_LETTERS: DeadLetterHook = {
  flow: WRITE_BACK_FLOW,
  recordKey: (data) => OrderWriteBackJob.parse(data).orderGuid,
};
