import type { Replayer } from '../replay';
import { reopenDeadLetteredRefund } from './refund-repository';

/** A failed refund: re-opened and synced again (the credit is looked up before it is created). */
export const replayRefund: Replayer = async (tx, queue, refundGuid) => {
  await reopenDeadLetteredRefund(tx, refundGuid);
  return queue.enqueue('refunds', { refundGuid }, { db: tx });
};
