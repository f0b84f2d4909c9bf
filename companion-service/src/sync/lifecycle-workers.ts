import { z } from 'zod';

import type { Logger } from '../observability/logger';
import type { JobQueue } from '../queue';
import { pushKenticoCustomer } from './customers/push-customer';
import { sweepBrightpearlContacts } from './customers/pull-contacts';
import { drainDirty } from './drain-dirty';
import { recordShipments } from './fulfilment/record-shipments';
import { runPayments } from './payments/send-payments';
import { sweepBrightpearlCredits } from './refunds/credits-from-brightpearl';
import { syncRefund } from './refunds/sync-refund';
import { pullBrightpearlStatuses } from './status/brightpearl-status-change';
import { pushKenticoStatus, type StatusDeps } from './status/kentico-status-change';

const OrderStatusJob = z.union([
  z.object({ source: z.literal('kentico'), orderGuid: z.guid() }),
  z.object({ source: z.literal('brightpearl') }),
]);
const RefundJob = z.object({ refundGuid: z.guid() });
const CustomerJob = z.object({ customerGuid: z.guid() });

type Deps = StatusDeps & { logger: Logger; queue: JobQueue };

/** Status, payments, shipments, refunds, customers, and the sweep for what has no webhook. */
export async function startLifecycleWorkers(
  deps: Deps,
  options: { coalesceMs: number; sweepSeconds: number; paymentBatchWaitMs: number },
): Promise<() => void> {
  const { coalesceMs } = options;
  await deps.queue.work<unknown>('order-status', async (job) => {
    const data = OrderStatusJob.parse(job.data);
    if (data.source === 'kentico') await pushKenticoStatus(deps, data.orderGuid);
    else
      await drainDirty(deps.db, {
        kind: 'order-status',
        roundSize: 200,
        coalesceMs,
        handle: async (ids) => (await pullBrightpearlStatuses(deps, ids), { waiting: 0 }),
      });
  });
  await deps.queue.work('payments', async () => {
    await runPayments({ ...deps, coalesceMs, batchWaitMs: options.paymentBatchWaitMs });
  });
  await deps.queue.work('shipments', () =>
    drainDirty(deps.db, {
      kind: 'shipment',
      roundSize: 200,
      coalesceMs,
      handle: (ids) => recordShipments(deps, ids),
    }),
  );
  await deps.queue.work<unknown>('refunds', async (job) => {
    await syncRefund(deps, RefundJob.parse(job.data).refundGuid);
  });
  await deps.queue.work<unknown>('customers', async (job) => {
    await pushKenticoCustomer(deps, CustomerJob.parse(job.data).customerGuid);
  });
  await deps.queue.work('lifecycle-sweep', () => runLifecycleSweep(deps).then(() => undefined), {
    concurrency: 1,
  });
  if (options.sweepSeconds <= 0) return () => undefined;
  const timer = setInterval(() => {
    deps.queue.enqueue('lifecycle-sweep', { trigger: 'schedule' }).catch((error: unknown) => {
      deps.logger.warn('Could not schedule the lifecycle sweep', { error });
    });
  }, options.sweepSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Sales credits and contacts changed in Brightpearl (no webhooks for them). */
export async function runLifecycleSweep(
  deps: Deps,
): Promise<{ credits: number; customers: number }> {
  const credits = await sweepBrightpearlCredits(deps);
  const { written } = await sweepBrightpearlContacts(deps);
  return { credits, customers: written };
}
