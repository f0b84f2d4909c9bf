import { PRIORITY, type SalesOrderRecord } from '../../brightpearl';
import { orderGuidsByBrightpearlId } from '../orders/order-sync-reads';
import type { StatusDeps } from './kentico-status-change';
import { readStatuses, rememberStatuses } from './status-repository';

/** Order GUIDs of Brightpearl orders the companion created (others are not Kentico's). */
export const orderGuidsFor = orderGuidsByBrightpearlId;

/**
 * Brightpearl status changes → Kentico for statuses mapped in `statusSync.fromBrightpearl`.
 * A status the companion itself wrote to Brightpearl is recognised and not echoed back.
 */
export async function pullBrightpearlStatuses(
  deps: StatusDeps,
  orderIds: readonly number[],
): Promise<number> {
  const records = await deps.brightpearl.getSalesOrders([...orderIds], {
    priority: PRIORITY.orders,
  });
  const guids = await orderGuidsFor(
    deps.db,
    records.map((record) => record.orderId),
  );
  let written = 0;
  for (const record of records) {
    const orderGuid = guids.get(record.orderId);
    if (orderGuid && (await applyBrightpearlStatus(deps, { orderGuid, record }))) written += 1;
  }
  return written;
}

async function applyBrightpearlStatus(
  deps: StatusDeps,
  input: { orderGuid: string; record: SalesOrderRecord },
): Promise<boolean> {
  const known = await readStatuses(deps.db, input.orderGuid);
  const statusId = input.record.statusId;
  if (known?.brightpearlStatusId === statusId) return false;
  const name = deps.mapping.statusSync.fromBrightpearl[String(statusId)];
  const kenticoStatus = known?.kenticoStatus ?? null;
  // Our own write of this status that never finished (the process died before its answer):
  // remembered for the echo, but Brightpearl's status id was not, so it is written again.
  const unfinished = known?.writtenBy === 'kentico' && name === kenticoStatus;
  if (name === undefined || (name === kenticoStatus && !unfinished)) {
    await rememberStatuses(deps.db, {
      orderGuid: input.orderGuid,
      kenticoStatus,
      brightpearlStatusId: statusId,
      writtenBy: null,
    });
    return false;
  }
  await setKenticoStatus(deps, {
    orderGuid: input.orderGuid,
    statusName: name,
    brightpearlStatusId: statusId,
  });
  return true;
}

/** Writes a status to Kentico and remembers it, so Kentico's follow-up event is not echoed. */
export async function setKenticoStatus(
  deps: StatusDeps,
  input: { orderGuid: string; statusName: string; brightpearlStatusId?: number },
): Promise<void> {
  const known = await readStatuses(deps.db, input.orderGuid);
  // Remember the Kentico status first: Kentico's event may arrive before the write's answer
  // does. Brightpearl's status id only once written: until then the change is still pending,
  // even if the process dies mid-write (no rollback then).
  const previousId = known?.brightpearlStatusId ?? null;
  const remember = (brightpearlStatusId: number | null) =>
    rememberStatuses(deps.db, {
      orderGuid: input.orderGuid,
      kenticoStatus: input.statusName,
      brightpearlStatusId,
      writtenBy: 'kentico',
    });
  await remember(previousId);
  try {
    await deps.kentico.setOrderStatus(input.orderGuid, input.statusName);
    if (input.brightpearlStatusId !== undefined) await remember(input.brightpearlStatusId);
  } catch (error) {
    // Not written: forget it again, so the retry still sees the change as pending.
    if (known) await rememberStatuses(deps.db, { orderGuid: input.orderGuid, ...known });
    else
      await deps.db.query(`DELETE FROM order_status_sync WHERE order_guid = $1`, [input.orderGuid]);
    throw error;
  }
}
