import type { ModifiedOrdersPage } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { recordFindings } from './findings';

const CURSOR_KEY = 'orders-reconcile-cursor';
/** Kentico's OrderModifiedWhen may commit late: each sweep looks back this far. */
const OVERLAP_MS = 10 * 60_000;
const PAGE = 200;

export interface ReconcileDeps {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  logger: Logger;
  goLiveDate: string;
}

export interface ReconcileResult {
  checked: number;
  missing: number;
  calls: number;
}

/**
 * The safety net under lost Kentico events: walks every order Kentico modified since the cursor
 * (starting at the go-live date), re-enqueues orders the companion never synced, and checks
 * synced ones still exist in Brightpearl (one order read per 200). Found orders are synced with
 * an externalRef search first, so a half-finished earlier attempt is adopted, never duplicated.
 */
export async function reconcileOrders(deps: ReconcileDeps): Promise<ReconcileResult> {
  // A short lease: a sweep killed mid-way must not block the next one for long (overlapping
  // sweeps are harmless — found orders are synced under their own per-order lease).
  return withLease(deps.db, { key: 'reconcile-orders', ttlSeconds: 120 }, async () => {
    const startedAt = new Date();
    const meter = new CallMeter(PRIORITY.orders);
    let cursor = await getOrCreateSetting(deps.db, {
      key: CURSOR_KEY,
      create: () => deps.goLiveDate,
    });
    let since: string | null = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
    const result = { checked: 0, missing: 0, calls: 0 };
    while (since !== null) {
      const page: ModifiedOrdersPage = await deps.kentico.listModifiedOrders(since, PAGE);
      const guids = page.orders.map((order) => order.OrderGUID);
      result.checked += guids.length;
      result.missing += await checkPage(deps, { guids, meter });
      const last = page.orders.at(-1);
      if (last && last.OrderModifiedWhen > cursor) cursor = last.OrderModifiedWhen;
      since = page.nextModifiedSince;
    }
    result.calls = meter.calls;
    await saveRun(deps.db, { cursor, startedAt, result });
    if (result.missing > 0)
      deps.logger.warn('Reconciliation found orders missing in Brightpearl', { ...result });
    return result;
  });
}

async function checkPage(
  deps: ReconcileDeps,
  input: { guids: string[]; meter: CallMeter },
): Promise<number> {
  if (input.guids.length === 0) return 0;
  const rows = await deps.db.query<{
    order_guid: string;
    state: string;
    brightpearl_order_id: number | string | null;
  }>(
    `SELECT order_guid, state, brightpearl_order_id FROM order_sync WHERE order_guid = ANY($1::uuid[])`,
    [input.guids],
  );
  const known = new Map(rows.map((row) => [row.order_guid, row]));
  const neverSynced = input.guids.filter((guid) => !known.has(guid));
  const synced = rows.filter((row) => row.state === 'synced' && row.brightpearl_order_id !== null);
  const present = synced.length
    ? new Set(
        (
          await deps.brightpearl.getSalesOrders(
            synced.map((row) => Number(row.brightpearl_order_id)),
            input.meter.call,
          )
        ).map((o) => o.orderId),
      )
    : new Set<number>();
  const vanished = synced
    .filter((row) => !present.has(Number(row.brightpearl_order_id)))
    .map((row) => row.order_guid);
  await recordFindings(deps, { neverSynced, vanished });
  return neverSynced.length + vanished.length;
}

async function saveRun(
  db: Db,
  input: { cursor: string; startedAt: Date; result: ReconcileResult },
): Promise<void> {
  await db.query(`UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1`, [
    CURSOR_KEY,
    input.cursor,
  ]);
  await db.query(
    `INSERT INTO reconcile_runs (started_at, finished_at, orders_checked, missing, brightpearl_calls)
     VALUES ($1, now(), $2, $3, $4)`,
    [input.startedAt, input.result.checked, input.result.missing, input.result.calls],
  );
}
