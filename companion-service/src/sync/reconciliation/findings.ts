import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
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
        await tx.query(
          `UPDATE order_sync SET state = 'pending', brightpearl_order_id = NULL, updated_at = now() WHERE order_guid = $1`,
          [guid],
        );
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
  const rows = await db.query<{ order_guid: string; kind: string; order_number: string | null }>(
    `UPDATE reconcile_findings f SET alerted_at = now() FROM order_sync o
     WHERE f.alerted_at IS NULL AND o.order_guid = f.order_guid
     RETURNING f.order_guid, f.kind, o.order_number`,
  );
  return rows.map((row) => ({
    orderGuid: row.order_guid,
    kind: row.kind,
    orderNumber: row.order_number,
  }));
}
