import type { MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from './brightpearl';
import type { CompanionConfig } from './config/config';
import type { KenticoBridgeClient } from './kentico';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import type { JobQueue } from './queue';
import type { Store } from './store';
import { startCatalogWorkers } from './sync/catalog/catalog-workers';
import { startLifecycleWorkers } from './sync/lifecycle-workers';
import { startOrderWorkers } from './sync/orders/order-workers';
import type { OrderSyncFaults } from './sync/orders/sync-order';
import type { ReconcileResult } from './sync/reconciliation/reconcile-orders';
import { startReconcileWorker } from './sync/reconciliation/reconcile-worker';
import { startStockWorkers } from './sync/stock/stock-workers';

export interface FlowDeps {
  db: Store;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  logger: Logger;
  metrics?: Metrics;
}

/** Registers every flow's workers; returns what has to be stopped with the companion. */
export async function startWorkers(
  deps: FlowDeps,
  input: { sync: CompanionConfig['sync']; faults?: OrderSyncFaults },
): Promise<{ stop: () => void; reconcile: () => Promise<ReconcileResult> }> {
  await startOrderWorkers(
    { ...deps, faults: input.faults },
    { concurrency: input.sync.concurrency },
  );
  await startCatalogWorkers(deps, { coalesceMs: input.sync.coalesceMs });
  const stopLifecycle = await startLifecycleWorkers(deps, {
    coalesceMs: input.sync.coalesceMs,
    sweepSeconds: input.sync.sweepSeconds,
    paymentBatchWaitMs: input.sync.paymentBatchWaitMs,
  });
  const stopStock =
    deps.mapping.catalog.stock === 'none'
      ? () => undefined
      : await startStockWorkers(deps, {
          coalesceMs: input.sync.coalesceMs,
          fullCompareMinutes: input.sync.fullCompareMinutes,
        });
  const reconciliation = await startReconcileWorker(deps, {
    reconcileSeconds: input.sync.reconcileSeconds,
    goLiveDate: input.sync.goLiveDate,
  });
  return {
    stop: () => {
      stopLifecycle();
      stopStock();
      reconciliation.stop();
    },
    reconcile: reconciliation.run,
  };
}
