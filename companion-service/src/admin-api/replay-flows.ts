import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { ConflictError } from './errors';

/** Re-opens one failed record and enqueues its job, on the caller's transaction. */
type Replayer = (tx: Db, queue: JobQueue, recordKey: string) => Promise<string | null>;

/**
 * Every flow a failure can be replayed for. Each job re-reads the truth and looks Brightpearl
 * up by its natural key before creating anything, so a replay never duplicates a record.
 * Missing on purpose: 'payment-fee' (a journal has no key to look up: a person checks
 * Brightpearl, then discards) and flows without a replay path yet.
 */
const REPLAYERS: Record<string, Replayer> = {
  order: async (tx, queue, orderGuid) => {
    await tx.query(
      `UPDATE order_sync SET state = 'pending', updated_at = now()
       WHERE order_guid = $1 AND state <> 'synced'`,
      [orderGuid],
    );
    return queue.enqueue('order-sync', { orderGuid, trigger: 'replay' }, { db: tx });
  },
  refund: async (tx, queue, refundGuid) => {
    await tx.query(
      `UPDATE refund_sync SET state = 'pending', updated_at = now()
       WHERE refund_guid = $1 AND state = 'dead-lettered'`,
      [refundGuid],
    );
    return queue.enqueue('refunds', { refundGuid }, { db: tx });
  },
  payment: async (tx, queue, orderGuid) => {
    await tx.query(
      `UPDATE order_payments SET state = 'due', claim = NULL
       WHERE order_guid = $1 AND state = 'dead-lettered'`,
      [orderGuid],
    );
    return queue.enqueue('payments', { trigger: 'replay' }, { db: tx });
  },
  product: (tx, queue, productGuid) => queue.enqueue('product-create', { productGuid }, { db: tx }),
  'order-status': (tx, queue, orderGuid) =>
    queue.enqueue('order-status', { source: 'kentico', orderGuid }, { db: tx }),
  'order-write-back': async (tx, queue, orderGuid) => {
    const [row] = await tx.query<{ id: number | string | null }>(
      `SELECT brightpearl_order_id AS id FROM order_sync WHERE order_guid = $1`,
      [orderGuid],
    );
    if (row?.id === null || row?.id === undefined) {
      throw new ConflictError(`order ${orderGuid} has no Brightpearl id to write back`);
    }
    const job = { orderGuid, brightpearlOrderId: Number(row.id) };
    return queue.enqueue('order-write-back', job, { db: tx, singletonKey: orderGuid });
  },
};

export function replayerFor(flow: string): Replayer | undefined {
  return Object.hasOwn(REPLAYERS, flow) ? REPLAYERS[flow] : undefined;
}

export const REPLAYABLE_FLOWS = Object.keys(REPLAYERS);
