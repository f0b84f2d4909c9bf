import { PRIORITY } from '../../brightpearl';
import { getOrCreateSetting } from '../../store/installation-settings';
import { markDirty } from '../dirty-records';
import { orderGuidsByBrightpearlId } from '../orders/order-sync-reads';
import type { ShipmentDeps } from './record-shipments';

const CURSOR_KEY = 'shipments-sweep-cursor';
/**
 * Notes have no updatedOn; shippedOn is set by whoever ships (a warehouse app may backdate it a
 * little) and a note may commit after its shippedOn: each sweep looks back this far.
 */
const OVERLAP_MS = 10 * 60_000;

/**
 * The catch-up under lost `goods-out-note.modified.shipped` webhooks: searches notes shipped since
 * the cursor (one search per 500 notes), and hands those not recorded yet whose order the
 * companion created to the shipments drain — the same path a webhook takes. Runs in the
 * lifecycle sweep, once per interval across the cluster.
 */
export async function sweepShippedNotes(deps: ShipmentDeps): Promise<number> {
  const startedAt = new Date();
  const cursor = await getOrCreateSetting(deps.db, {
    key: CURSOR_KEY,
    create: () => startedAt.toISOString(),
  });
  const since = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
  const call = { priority: PRIORITY.orders };
  const shipped = await deps.brightpearl.searchShippedGoodsOutNotes(since, call);
  const fresh = await notRecorded(deps, shipped);
  // Notes of orders placed elsewhere (phone orders) are not Kentico's: never marked.
  const notes = fresh.length > 0 ? await deps.brightpearl.getGoodsOutNotes(fresh, call) : [];
  const ours = await orderGuidsByBrightpearlId(
    deps.db,
    notes.map((note) => note.orderId),
  );
  const ids = notes.filter((note) => ours.has(note.orderId)).map((note) => note.goodsOutNoteId);
  await deps.db.transaction(async (tx) => {
    if (ids.length > 0) {
      await markDirty(tx, 'shipment', ids);
      await deps.queue.enqueue('shipments', { trigger: 'sweep' }, { db: tx });
    }
    await tx.query(
      `UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1`,
      [CURSOR_KEY, startedAt.toISOString()],
    );
  });
  return ids.length;
}

async function notRecorded(deps: ShipmentDeps, noteIds: readonly number[]): Promise<number[]> {
  if (noteIds.length === 0) return [];
  const rows = await deps.db.query<{ goods_out_note_id: number | string }>(
    `SELECT goods_out_note_id FROM shipments WHERE goods_out_note_id = ANY($1::bigint[])`,
    [[...noteIds]],
  );
  const recorded = new Set(rows.map((row) => Number(row.goods_out_note_id)));
  return noteIds.filter((id) => !recorded.has(id));
}
