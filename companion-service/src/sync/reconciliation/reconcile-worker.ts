import type { JobQueue } from '../../queue';
import type { Store } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { reconcileOrders, type ReconcileDeps, type ReconcileResult } from './reconcile-orders';

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

/** The reconcile worker and its schedule; returns a stop function. */
export async function startReconcileWorker(
  deps: Omit<ReconcileDeps, 'goLiveDate'> & { queue: JobQueue; db: Store },
  options: { reconcileSeconds: number; goLiveDate?: string },
): Promise<{ stop: () => void; run: () => Promise<ReconcileResult> }> {
  const goLiveDate = await resolveGoLiveDate(deps.db, options.goLiveDate);
  const run = () => reconcileOrders({ ...deps, goLiveDate });
  await deps.queue.work('reconcile', () => run().then(() => undefined), { concurrency: 1 });
  if (options.reconcileSeconds <= 0) return { stop: () => undefined, run };
  const timer = setInterval(() => {
    deps.queue.enqueue('reconcile', { trigger: 'schedule' }).catch((error: unknown) => {
      deps.logger.warn('Could not schedule reconciliation', { error });
    });
  }, options.reconcileSeconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer), run };
}
