import type { SyncStatus } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../brightpearl';
import { countOpenDeadLettersByReason } from '../dead-letters/dead-letter-repository';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { countOrders } from '../sync/orders/order-sync-figures';
import { readCatalogStatus, readStockStatus } from './stock-catalog-status';

/** The figures behind GET /api/status, the demo's progress line and the admin overview. */
export async function readSyncStatus(deps: {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  mode: SyncStatus['mode'];
  startedAt: Date;
}): Promise<SyncStatus> {
  const orders = await countOrders(deps.db);
  const stats = deps.brightpearl.stats();
  const { received, synced, failed, held, notSent } = orders;
  return {
    mode: deps.mode,
    startedAt: deps.startedAt.toISOString(),
    orders: {
      received,
      synced,
      failed,
      held,
      notSent,
      pending: received - synced - failed - held - notSent,
    },
    deadLetters: await countOpenDeadLettersByReason(deps.db),
    brightpearl: {
      callsMade: stats.callsMade,
      throttled: stats.throttled,
      requestsRemaining: stats.requestsRemaining,
    },
    queue: await deps.queue.depths(),
    lastOrderSyncedAt: orders.lastSyncedAt ? new Date(orders.lastSyncedAt).toISOString() : null,
    stock: await readStockStatus(deps.db),
    catalog: await readCatalogStatus(deps.db),
  };
}
