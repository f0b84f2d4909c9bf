import { PermanentError } from '../../dead-letters/permanent-error';
import { KenticoConflictError, type KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { markWrittenBack } from './order-sync-repository';
import type { OrderWriteBackJob } from './order-sync-job';

/** The dead-letter flow (and replay key) of a failed write-back. */
export const WRITE_BACK_FLOW = 'order-write-back';

/**
 * Stores the Brightpearl id on the Kentico order. A queue of its own, so a Kentico outage retries
 * only this step and never calls Brightpearl again. Kentico holding a different id is for a person
 * to settle: a permanent error, which the queue's failure path records as a dead letter.
 */
export async function writeBackOrderId(
  deps: { db: Db; kentico: KenticoBridgeClient; logger: Logger },
  job: OrderWriteBackJob,
): Promise<void> {
  try {
    await deps.kentico.setBrightpearlOrderId(job.orderGuid, job.brightpearlOrderId);
  } catch (error) {
    if (!(error instanceof KenticoConflictError)) throw error;
    throw new PermanentError('write-back-conflict', error.message, {
      recordKey: job.orderGuid,
      payload: job,
      cause: error,
    });
  }
  await markWrittenBack(deps.db, job.orderGuid);
}
