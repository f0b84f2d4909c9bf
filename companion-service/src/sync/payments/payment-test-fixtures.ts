import { randomUUID } from 'node:crypto';

import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { markPaymentDue } from './payment-repository';

/** Tests: `count` synced orders (Brightpearl orders 100, 101, …), each with its payment due. */
export async function duePayments(db: Db, queue: JobQueue, count: number): Promise<string[]> {
  const guids = Array.from({ length: count }, () => randomUUID());
  for (const [index, orderGuid] of guids.entries()) {
    await db.query(
      `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', $2)`,
      [orderGuid, 100 + index],
    );
    await markPaymentDue(db, { queue, orderGuid, fee: null });
  }
  return guids;
}

/** Tests: every payment's state and whether a job holds its claim. */
export function paymentRows(db: Db) {
  return db.query<{ order_guid: string; state: string; claimed: boolean }>(
    `SELECT order_guid, state, claim IS NOT NULL AS claimed FROM order_payments`,
  );
}
