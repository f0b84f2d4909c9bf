import { PRIORITY } from '../../brightpearl';
import { getOrCreateSetting } from '../../store/installation-settings';
import { markDirty } from '../dirty-records';
import { orderGuidsByBrightpearlId } from '../orders/order-sync-reads';
import type { StatusDeps } from './kentico-status-change';
import { readStatuses } from './status-repository';

const CURSOR_KEY = 'order-status-sweep-cursor';
/** updatedOn may commit late and clocks differ: each sweep looks back this far. */
const OVERLAP_MS = 5 * 60_000;

/**
 * The catch-up under lost `order.modified.order-status` webhooks: one order-search (per 500
 * orders) for sales orders updated since the cursor, with their status; orders the companion
 * created whose status differs from the one it last saw go to the order-status drain — the same
 * path a webhook takes. Runs in the lifecycle sweep, once per interval across the cluster.
 */
export async function sweepBrightpearlStatuses(deps: StatusDeps): Promise<number> {
  const startedAt = new Date();
  const cursor = await getOrCreateSetting(deps.db, {
    key: CURSOR_KEY,
    create: () => startedAt.toISOString(),
  });
  const updatedSince = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
  const statuses = await deps.brightpearl.searchSalesOrderStatuses(
    { updatedSince },
    { priority: PRIORITY.orders },
  );
  const ours = await orderGuidsByBrightpearlId(
    deps.db,
    statuses.map((status) => status.orderId),
  );
  const changed: number[] = [];
  for (const { orderId, statusId } of statuses) {
    const orderGuid = ours.get(orderId);
    if (!orderGuid) continue; // not Kentico's order
    const known = await readStatuses(deps.db, orderGuid);
    if (known?.brightpearlStatusId !== statusId) changed.push(orderId);
  }
  await deps.db.transaction(async (tx) => {
    if (changed.length > 0) {
      await markDirty(tx, 'order-status', changed);
      await deps.queue.enqueue(
        'order-status',
        { source: 'brightpearl', trigger: 'sweep' },
        { db: tx },
      );
    }
    await tx.query(
      `UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1`,
      [CURSOR_KEY, startedAt.toISOString()],
    );
  });
  return changed.length;
}
