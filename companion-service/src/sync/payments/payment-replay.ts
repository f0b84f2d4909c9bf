import type { Replayer } from '../replay';
import { reopenDeadLetteredPayment } from './payment-repository';

/** A failed payment: due again, and the batching job looks it up by transactionRef first. */
export const replayPayment: Replayer = async (tx, queue, orderGuid) => {
  await reopenDeadLetteredPayment(tx, orderGuid);
  return queue.enqueue('payments', { trigger: 'replay' }, { db: tx });
};
