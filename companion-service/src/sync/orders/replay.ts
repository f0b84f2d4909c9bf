import { NotReplayableError, type Replayer } from '../replay';
import { OrderAnnotateJob, OrderSyncJob, OrderWriteBackJob } from './order-sync-job';
import { findOrderSync } from './order-sync-repository';
import { reopenForReplay } from './order-sync-reopen';

/** A failed order: re-opened (unless synced since) and synced again, externalRef search first. */
export const replayOrder: Replayer = async (tx, queue, orderGuid) => {
  await reopenForReplay(tx, orderGuid);
  const job = OrderSyncJob.parse({ orderGuid, trigger: 'replay' });
  return queue.enqueue('order-sync', job, { db: tx });
};

/** A failed write-back: written again, only if the order has a Brightpearl id to write. */
export const replayOrderWriteBack: Replayer = async (tx, queue, orderGuid) => {
  const sync = await findOrderSync(tx, orderGuid);
  const id = sync?.brightpearl_order_id;
  if (id === null || id === undefined) {
    throw new NotReplayableError(`order ${orderGuid} has no Brightpearl id to write back`);
  }
  const job = OrderWriteBackJob.parse({ orderGuid, brightpearlOrderId: Number(id) });
  return queue.enqueue('order-write-back', job, { db: tx, singletonKey: orderGuid });
};

/** A failed note or custom fields: sent again (the note's sent-marker still prevents a double). */
export const replayOrderAnnotate: Replayer = async (tx, queue, orderGuid) => {
  const sync = await findOrderSync(tx, orderGuid);
  const id = sync?.brightpearl_order_id;
  if (id === null || id === undefined) {
    throw new NotReplayableError(`order ${orderGuid} has no Brightpearl order to annotate`);
  }
  const job = OrderAnnotateJob.parse({ orderGuid, brightpearlOrderId: Number(id) });
  return queue.enqueue('order-annotate', job, { db: tx, singletonKey: orderGuid });
};
