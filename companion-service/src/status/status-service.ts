import type { SyncStatus } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../brightpearl';
import { countOpenDeadLettersByReason } from '../dead-letters/dead-letter-repository';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { readCatalogStatus, readStockStatus } from './stock-catalog-status';

/** The figures behind GET /api/status, the demo's progress line and the admin overview. */
export async function readSyncStatus(deps: {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  mode: SyncStatus['mode'];
  startedAt: Date;
}): Promise<SyncStatus> {
  const [counts] = await deps.db.query<{
    received: string | number;
    synced: string | number;
    failed: string | number;
    last_synced: Date | string | null;
  }>(
    `SELECT count(*) AS received,
            count(*) FILTER (WHERE state = 'synced') AS synced,
            count(*) FILTER (WHERE state = 'dead-lettered') AS failed,
            max(synced_at) AS last_synced
     FROM order_sync`,
  );
  const stats = deps.brightpearl.stats();
  const received = Number(counts?.received ?? 0);
  const synced = Number(counts?.synced ?? 0);
  const failed = Number(counts?.failed ?? 0);
  return {
    mode: deps.mode,
    startedAt: deps.startedAt.toISOString(),
    orders: { received, synced, failed, pending: received - synced - failed },
    deadLetters: await countOpenDeadLettersByReason(deps.db),
    brightpearl: {
      callsMade: stats.callsMade,
      throttled: stats.throttled,
      requestsRemaining: stats.requestsRemaining,
    },
    queue: await deps.queue.depths(),
    lastOrderSyncedAt: counts?.last_synced ? new Date(counts.last_synced).toISOString() : null,
    stock: await readStockStatus(deps.db),
    catalog: await readCatalogStatus(deps.db),
  };
}
