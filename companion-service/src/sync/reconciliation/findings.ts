import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { orderNumbersOf } from '../orders/order-sync-reads';
import { reopenVanishedOrder } from '../orders/order-sync-reopen';
import { ensureOrderSync, markCreateSent } from '../orders/order-sync-repository';

/**
 * Orders the sweep found: recorded (for the alert and the admin) and synced again. Both kinds
 * get the "create sent" marker so the order job searches Brightpearl by externalRef before it
 * creates anything; a vanished order's stale binding is cleared so it can be created again.
 */
export async function recordFindings(
  deps: { db: Db; queue: JobQueue },
  input: { neverSynced: string[]; vanished: string[] },
): Promise<void> {
  const found = [
    ...input.neverSynced.map((guid) => ({ guid, kind: 'never-synced' })),
    ...input.vanished.map((guid) => ({ guid, kind: 'missing-in-brightpearl' })),
  ];
  for (const { guid, kind } of found) {
    await deps.db.transaction(async (tx) => {
      await ensureOrderSync(tx, guid);
      if (kind === 'missing-in-brightpearl') {
        await reopenVanishedOrder(tx, guid);
      }
      await markCreateSent(tx, guid);
      await tx.query(`INSERT INTO reconcile_findings (order_guid, kind) VALUES ($1, $2)`, [
        guid,
        kind,
      ]);
      await deps.queue.enqueue('order-sync', { orderGuid: guid, trigger: 'reconcile' }, { db: tx });
    });
  }
}

/** Findings not alerted yet (the alert rules read these). */
export async function unalertedFindings(
  db: Db,
): Promise<Array<{ orderGuid: string; kind: string; orderNumber: string | null }>> {
  const rows = await db.query<{ order_guid: string; kind: string }>(
    `UPDATE reconcile_findings SET alerted_at = now() WHERE alerted_at IS NULL
     RETURNING order_guid, kind`,
  );
  const numbers = await orderNumbersOf(
    db,
    rows.map((row) => row.order_guid),
  );
  return rows.map((row) => ({
    orderGuid: row.order_guid,
    kind: row.kind,
    orderNumber: numbers.get(row.order_guid) ?? null,
  }));
}
