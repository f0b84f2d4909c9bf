import type { ModifiedOrdersPage } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { orderSyncStates } from '../orders/order-sync-reads';
import { recordFindings } from './findings';
import { enqueueStatusChecks } from './status-catch-up';

export const CURSOR_KEY = 'orders-reconcile-cursor';
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
  /**
   * Orders modified this recently are not judged yet (`RECONCILE_GRACE_SECONDS`): during a burst
   * their events may be accepted but not stored yet, and they would be flagged "never synced".
   */
  graceSeconds: number;
}

export interface ReconcileResult {
  checked: number;
  missing: number;
  calls: number;
  /** Orders inside the grace period, left for a later sweep. */
  deferred: number;
}

/** Held by the scheduled sweep and by an operator's "run now" alike. */
export const RECONCILE_LEASE = 'reconcile-orders';

/** An operator's "run now": throws RecordLockedError while a (scheduled) sweep runs. */
export function reconcileOrders(deps: ReconcileDeps): Promise<ReconcileResult> {
  // Short and renewed: a sweep killed mid-way blocks the next one for one TTL at most.
  return withLease(deps.db, { key: RECONCILE_LEASE, ttlSeconds: 60, renew: true }, () =>
    sweepOrders(deps),
  );
}

/**
 * The safety net under lost Kentico events: walks every order Kentico modified since the cursor
 * (starting at the go-live date), re-enqueues orders the companion never synced, and checks
 * synced ones still exist in Brightpearl (one order read per 200). Found orders are synced with
 * an externalRef search first, so a half-finished earlier attempt is adopted, never duplicated.
 * Orders inside the grace period stop the walk; the cursor stays before them, so the next sweep
 * judges them. Call it holding RECONCILE_LEASE (the schedule does, see reconcile-worker.ts).
 */
export async function sweepOrders(deps: ReconcileDeps): Promise<ReconcileResult> {
  const startedAt = new Date();
  const settledBefore = startedAt.getTime() - deps.graceSeconds * 1000;
  const meter = new CallMeter(PRIORITY.orders);
  let cursor = await getOrCreateSetting(deps.db, {
    key: CURSOR_KEY,
    create: () => deps.goLiveDate,
  });
  let since: string | null = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
  const result = { checked: 0, missing: 0, calls: 0, deferred: 0 };
  while (since !== null) {
    const page: ModifiedOrdersPage = await deps.kentico.listModifiedOrders(since, PAGE);
    const settled = page.orders.filter((o) => Date.parse(o.OrderModifiedWhen) <= settledBefore);
    const guids = settled.map((order) => order.OrderGUID);
    result.checked += guids.length;
    result.missing += await checkPage(deps, { guids, meter });
    const last = settled.at(-1);
    if (last && Date.parse(last.OrderModifiedWhen) > Date.parse(cursor))
      cursor = last.OrderModifiedWhen;
    // Pages come oldest first: once one order is too recent, so is everything after it.
    result.deferred += page.orders.length - settled.length;
    since = settled.length < page.orders.length ? null : page.nextModifiedSince;
  }
  result.calls = meter.calls;
  await saveRun(deps.db, { cursor, startedAt, result });
  if (result.missing > 0)
    deps.logger.warn('Reconciliation found orders missing in Brightpearl', { ...result });
  return result;
}

async function checkPage(
  deps: ReconcileDeps,
  input: { guids: string[]; meter: CallMeter },
): Promise<number> {
  if (input.guids.length === 0) return 0;
  const rows = await orderSyncStates(deps.db, input.guids);
  const known = new Set(rows.map((row) => row.orderGuid));
  const neverSynced = input.guids.filter((guid) => !known.has(guid));
  const synced = rows.filter((row) => row.state === 'synced' && row.brightpearlOrderId !== null);
  // Lost order.status-changed events: the status job compares before calling Brightpearl.
  await enqueueStatusChecks(
    deps.queue,
    synced.map((row) => row.orderGuid),
  );
  const present = synced.length
    ? new Set(
        (
          await deps.brightpearl.getSalesOrders(
            synced.map((row) => Number(row.brightpearlOrderId)),
            input.meter.call,
          )
        ).map((o) => o.orderId),
      )
    : new Set<number>();
  const vanished = synced
    .filter((row) => !present.has(Number(row.brightpearlOrderId)))
    .map((row) => row.orderGuid);
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
