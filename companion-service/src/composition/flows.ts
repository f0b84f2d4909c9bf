import type { BrightpearlClient } from '../brightpearl';
import type { CompanionConfig } from '../config/config';
import { startInsights } from '../insights';
import type { KenticoBridgeClient } from '../kentico';
import type { MappingAccountCheck, MappingSource } from '../mapping';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { DEFAULT_RETENTION_DAYS, type JobQueue } from '../queue';
import { startRetentionJob } from '../retention';
import { flowGatedQueue } from '../settings/flow-gated-queue';
import { startFlowCatchUp } from '../settings/flow-catch-up';
import { liveInterval, type ScheduleFallbacks } from '../settings';
import type { Store } from '../store';
import { startCatalogWorkers } from '../sync/catalog/catalog-workers';
import { startLifecycleWorkers } from '../sync/lifecycle-workers';
import { startOrderWorkers } from '../sync/orders/order-workers';
import type { OrderSyncFaults } from '../sync/orders/sync-order';
import type { ReconcileResult } from '../sync/reconciliation/reconcile-orders';
import { startReconcileWorker } from '../sync/reconciliation/reconcile-worker';
import { startStockWorkers } from '../sync/stock/stock-workers';

export interface FlowDeps {
  db: Store;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  /** The stored mapping: each job reads it once when it starts (mapping/with-mapping.ts). */
  mappings: MappingSource;
  /** The mapping checked against the account: orders naming what it lacks are not sent. */
  mappingCheck?: Pick<MappingAccountCheck, 'errorsAt'>;
  logger: Logger;
  metrics?: Metrics;
}

/**
 * Registers every flow's workers: the only place that knows which flows exist. Returns what
 * has to be stopped with the companion.
 */
export async function registerFlows(
  deps: FlowDeps,
  input: {
    sync: CompanionConfig['sync'];
    faults?: OrderSyncFaults;
    retention?: CompanionConfig['retention'];
  },
): Promise<{ stop: () => void; reconcile: () => Promise<ReconcileResult> }> {
  // Schedules read the stored settings at each tick; the environment's values are the fallback.
  const fallbacks: ScheduleFallbacks = {
    reconcileSeconds: input.sync.reconcileSeconds,
    sweepSeconds: input.sync.sweepSeconds,
    stockFullCompareMinutes: input.sync.fullCompareMinutes,
  };
  const every = (name: keyof ScheduleFallbacks) => liveInterval(deps.mappings, name, fallbacks);
  // The orders switch sits in front of the order-sync queue (settings/); write-backs of orders
  // already in Brightpearl finish either way.
  const orderQueue = flowGatedQueue(deps.queue, {
    ...deps,
    flow: 'orders',
    queues: ['order-sync'],
  });
  await startOrderWorkers(
    { ...deps, queue: orderQueue, faults: input.faults },
    { concurrency: input.sync.concurrency },
  );
  await startCatalogWorkers(deps, { coalesceMs: input.sync.coalesceMs });
  const stopLifecycle = await startLifecycleWorkers(deps, {
    coalesceMs: input.sync.coalesceMs,
    sweepSeconds: every('sweepSeconds'),
    paymentBatchWaitMs: input.sync.paymentBatchWaitMs,
  });
  // Always registered: whether stock syncs is the mapping's call, made by each job (mapping/).
  const stopStock = await startStockWorkers(deps, {
    coalesceMs: input.sync.coalesceMs,
    coalesceMaxMs: input.sync.stockCoalesceMaxMs,
    fullCompareSeconds: every('stockFullCompareMinutes'),
  });
  const reconciliation = await startReconcileWorker(deps, {
    reconcileSeconds: every('reconcileSeconds'),
    goLiveDate: input.sync.goLiveDate,
    graceSeconds: input.sync.reconcileGraceSeconds,
  });
  // Not a flow, but a scheduled job over every flow's tables: once a day, cluster-wide.
  const stopRetention = await startRetentionJob(deps, {
    retentionDays: input.retention?.days ?? DEFAULT_RETENTION_DAYS,
  });
  // The merchant's charts: per-instance budget samples and the cluster's roll-ups (insights/).
  const stopInsights = startInsights(deps);
  // A flow switched back on enqueues again what it skipped while off (settings/flow-catch-up.ts).
  const stopCatchUp = startFlowCatchUp(deps);
  return {
    stop: () => {
      stopCatchUp();
      stopLifecycle();
      stopStock();
      reconciliation.stop();
      stopRetention();
      stopInsights();
    },
    reconcile: reconciliation.run,
  };
}
