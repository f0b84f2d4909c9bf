import type { Replayer } from '../replay';

/** A Kentico status change that failed: the job re-reads the order's current status. */
export const replayOrderStatus: Replayer = (tx, queue, orderGuid) =>
  queue.enqueue('order-status', { source: 'kentico', orderGuid }, { db: tx });
