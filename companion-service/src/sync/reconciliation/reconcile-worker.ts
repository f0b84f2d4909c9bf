import type { MappingSource } from '../../mapping';
import type { JobQueue } from '../../queue';
import type { IntervalSource } from '../../queue/schedule';
import { flowEnabled } from '../../settings';
import type { Store } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { withLease } from '../leases';
import { startScheduledJob } from '../scheduled-job';
import { raiseCursorsToGoLive } from './go-live';
import { catchUpKentico, CUSTOMERS_CURSOR_KEY, REFUNDS_CURSOR_KEY } from './kentico-catch-up';
import {
  CURSOR_KEY as ORDERS_CURSOR_KEY,
  RECONCILE_LEASE,
  type ReconcileDeps,
  type ReconcileResult,
  sweepOrders,
} from './reconcile-orders';

/** Orders modified within this many seconds are left for a later sweep (see ReconcileDeps). */
export const DEFAULT_RECONCILE_GRACE_SECONDS = 120;

/** The go-live instant: configured, else the installation's first start (kept from then on). */
export async function resolveGoLiveDate(
  db: Store,
  configured: string | undefined,
): Promise<string> {
  return getOrCreateSetting(db, {
    key: 'go-live-date',
    create: () => configured ?? new Date().toISOString(),
  });
}

/** The reconcile worker and this instance's schedule for it (once per cluster); stop + run now. */
export async function startReconcileWorker(
  deps: Omit<ReconcileDeps, 'goLiveDate' | 'graceSeconds'> & {
    queue: JobQueue;
    db: Store;
    mappings: MappingSource;
  },
  options: { reconcileSeconds: IntervalSource; goLiveDate?: string; graceSeconds?: number },
): Promise<{ stop: () => void; run: () => Promise<ReconcileResult> }> {
  const firstGoLive = await resolveGoLiveDate(deps.db, options.goLiveDate);
  const graceSeconds = options.graceSeconds ?? DEFAULT_RECONCILE_GRACE_SECONDS;
  // The stored settings are read per sweep: a go-live date or flow switch saved on any instance
  // applies to the next sweep; absent, the environment's (or first start's) date stays.
  const sweep = async () => {
    const { mapping } = await deps.mappings.current();
    const stored = mapping.settings?.goLiveDate;
    if (stored)
      await raiseCursorsToGoLive(deps.db, {
        keys: [ORDERS_CURSOR_KEY, REFUNDS_CURSOR_KEY, CUSTOMERS_CURSOR_KEY],
        goLiveDate: stored,
      });
    const goLiveDate = stored ?? firstGoLive;
    return sweepAll({ ...deps, goLiveDate, graceSeconds }, mapping);
  };
  const stop = await startScheduledJob(deps, {
    name: 'reconcile',
    intervalSeconds: options.reconcileSeconds,
    leaseKey: RECONCILE_LEASE,
    handler: () => sweep().then(() => undefined),
  });
  const run = () =>
    withLease(deps.db, { key: RECONCILE_LEASE, ttlSeconds: 60, renew: true }, sweep);
  return { stop, run };
}

/**
 * Orders (with their statuses), then Kentico refunds and customers lost with their events. A
 * flow switched off is not swept: its cursor stays, so the sweep catches up once it is on.
 */
async function sweepAll(
  deps: ReconcileDeps,
  mapping: Parameters<typeof flowEnabled>[0],
): Promise<ReconcileResult> {
  const result = flowEnabled(mapping, 'orders')
    ? await sweepOrders(deps)
    : { checked: 0, missing: 0, calls: 0, deferred: 0 };
  if (flowEnabled(mapping, 'refunds') && flowEnabled(mapping, 'customers'))
    await catchUpKentico(deps);
  return result;
}
