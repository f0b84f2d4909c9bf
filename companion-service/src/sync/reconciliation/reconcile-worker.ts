import type { JobQueue } from '../../queue';
import type { Store } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { withLease } from '../leases';
import { startScheduledJob } from '../scheduled-job';
import { catchUpKentico } from './kentico-catch-up';
import {
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
  deps: Omit<ReconcileDeps, 'goLiveDate' | 'graceSeconds'> & { queue: JobQueue; db: Store },
  options: { reconcileSeconds: number; goLiveDate?: string; graceSeconds?: number },
): Promise<{ stop: () => void; run: () => Promise<ReconcileResult> }> {
  const goLiveDate = await resolveGoLiveDate(deps.db, options.goLiveDate);
  const graceSeconds = options.graceSeconds ?? DEFAULT_RECONCILE_GRACE_SECONDS;
  const sweepDeps = { ...deps, goLiveDate, graceSeconds };
  const stop = await startScheduledJob(deps, {
    name: 'reconcile',
    intervalSeconds: options.reconcileSeconds,
    leaseKey: RECONCILE_LEASE,
    handler: () => sweepAll(sweepDeps).then(() => undefined),
  });
  const run = () =>
    withLease(deps.db, { key: RECONCILE_LEASE, ttlSeconds: 60, renew: true }, () =>
      sweepAll(sweepDeps),
    );
  return { stop, run };
}

/** Orders (with their statuses), then Kentico refunds and customers lost with their events. */
async function sweepAll(deps: ReconcileDeps): Promise<ReconcileResult> {
  const result = await sweepOrders(deps);
  await catchUpKentico(deps);
  return result;
}
