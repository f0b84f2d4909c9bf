import type { PendingOrders } from '@bpkc/shared-types';

import type { KenticoBridgeClient } from '../../kentico';
import type { Db } from '../../store';
import { syncedOrderGuids } from '../orders/order-sync-reads';
import { pendingUnitsBySku } from './stock-targets';

export interface PendingSnapshot {
  asOf: string;
  units: Map<string, number>;
}

/**
 * Read BEFORE Brightpearl's availability: an order that reaches Brightpearl in between is then
 * subtracted twice (shown short for a moment, the safe side), never re-listed. Orders placed
 * after the snapshot are subtracted by Kentico itself through `pendingAsOf` on the write.
 */
export async function readPendingSnapshot(deps: {
  db: Db;
  kentico: KenticoBridgeClient;
}): Promise<PendingSnapshot> {
  const pending: PendingOrders = await deps.kentico.getPendingOrders();
  const guids = pending.orders.map((order) => order.OrderGUID);
  const synced = await syncedOrderGuids(deps.db, guids);
  return { asOf: pending.asOf, units: pendingUnitsBySku(pending, synced) };
}
