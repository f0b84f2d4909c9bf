import { recordDeadLetter } from '../../dead-letters/dead-letter-repository';
import { KenticoConflictError, type KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { markWrittenBack } from './order-sync-repository';
import type { OrderWriteBackJob } from './order-sync-job';

/**
 * Stores the Brightpearl id on the Kentico order. A queue of its own, so a Kentico outage retries
 * only this step and never calls Brightpearl again.
 */
export async function writeBackOrderId(
  deps: { db: Db; kentico: KenticoBridgeClient; logger: Logger },
  job: OrderWriteBackJob,
): Promise<void> {
  try {
    await deps.kentico.setBrightpearlOrderId(job.orderGuid, job.brightpearlOrderId);
    await markWrittenBack(deps.db, job.orderGuid);
  } catch (error) {
    if (!(error instanceof KenticoConflictError)) throw error;
    await recordDeadLetter(deps.db, {
      flow: 'order-write-back',
      recordKey: job.orderGuid,
      reason: 'write-back-conflict',
      message: error.message,
      payload: job,
    });
    deps.logger.warn('Kentico holds a different Brightpearl id', { orderGuid: job.orderGuid });
  }
}
