import { z } from 'zod';

import { type MappingSnapshotDeps, withMapping, type WithMappingSource } from '../mapping';
import type { Logger } from '../observability/logger';
import { type DeadLetterHook, type JobQueue, parseJobPayload } from '../queue';
import type { IntervalSource } from '../queue/schedule';
import { countIfFlowOn, whenFlowOn } from '../settings';
import { pushKenticoCustomer } from './customers/push-customer';
import { sweepBrightpearlContacts } from './customers/pull-contacts';
import { drainDirty } from './drain-dirty';
import { runEach } from './run-each';
import { recordShipments } from './fulfilment/record-shipments';
import { sweepShippedNotes } from './fulfilment/shipment-sweep';
import { PAYMENT_DEAD_LETTERS, runPayments } from './payments/send-payments';
import { CREDIT_DEAD_LETTERS } from './refunds/credit-refusals';
import { sweepBrightpearlCredits } from './refunds/credits-from-brightpearl';
import { startScheduledJob } from './scheduled-job';
import { REFUND_DEAD_LETTERS, syncRefund } from './refunds/sync-refund';
import { pullBrightpearlStatuses } from './status/brightpearl-status-change';
import {
  ORDER_STATUS_DEAD_LETTERS,
  pushKenticoStatus,
  type StatusDeps,
} from './status/kentico-status-change';
import { sweepBrightpearlStatuses } from './status/status-sweep';

const OrderStatusJob = z.union([
  z.object({ source: z.literal('kentico'), orderGuid: z.guid() }),
  z.object({ source: z.literal('brightpearl') }),
]);
const RefundJob = z.object({ refundGuid: z.guid() });
const CustomerJob = z.object({ customerGuid: z.guid() });
const CUSTOMER_DEAD_LETTERS: DeadLetterHook = {
  flow: 'customer',
  recordKey: (data) => CustomerJob.parse(data).customerGuid,
};

type Deps = StatusDeps & MappingSnapshotDeps & { logger: Logger; queue: JobQueue };

/** Status, payments, shipments, refunds, customers, and the sweep for what has no webhook. */
export async function startLifecycleWorkers(
  deps: WithMappingSource<Deps>,
  options: { coalesceMs: number; sweepSeconds: IntervalSource; paymentBatchWaitMs: number },
): Promise<() => void> {
  const { coalesceMs } = options;
  // Each job reads the stored mapping once, when it starts (mapping/with-mapping.ts); a flow
  // switched off in the settings skips its jobs and catches up when switched on (settings/).
  await deps.queue.work<unknown>(
    'order-status',
    withMapping(
      deps,
      whenFlowOn('statuses', async (jobDeps, job) => {
        const data = parseJobPayload(OrderStatusJob, job.data);
        if (data.source === 'kentico') await pushKenticoStatus(jobDeps, data.orderGuid);
        else
          await drainDirty(jobDeps.db, {
            kind: 'order-status',
            roundSize: 200,
            coalesceMs,
            handle: async (ids) => (await pullBrightpearlStatuses(jobDeps, ids), { waiting: 0 }),
          });
      }),
    ),
    { deadLetters: ORDER_STATUS_DEAD_LETTERS },
  );
  await deps.queue.work(
    'payments',
    withMapping(
      deps,
      whenFlowOn('payments', (jobDeps, job) =>
        runPayments({ ...jobDeps, coalesceMs, batchWaitMs: options.paymentBatchWaitMs, job }),
      ),
    ),
    { deadLetters: PAYMENT_DEAD_LETTERS },
  );
  await deps.queue.work(
    'shipments',
    withMapping(
      deps,
      whenFlowOn('shipments', (jobDeps) =>
        drainDirty(jobDeps.db, {
          kind: 'shipment',
          roundSize: 200,
          coalesceMs,
          handle: (ids) => recordShipments(jobDeps, ids),
        }),
      ),
    ),
  );
  await deps.queue.work<unknown>(
    'refunds',
    withMapping(
      deps,
      whenFlowOn('refunds', (jobDeps, job) =>
        syncRefund(jobDeps, parseJobPayload(RefundJob, job.data).refundGuid),
      ),
    ),
    { deadLetters: REFUND_DEAD_LETTERS },
  );
  await deps.queue.work<unknown>(
    'customers',
    withMapping(
      deps,
      whenFlowOn('customers', (jobDeps, job) =>
        pushKenticoCustomer(jobDeps, parseJobPayload(CustomerJob, job.data).customerGuid),
      ),
    ),
    // A contact Brightpearl refuses for good is a dead letter at once, not a dozen retries.
    { deadLetters: CUSTOMER_DEAD_LETTERS },
  );
  // Once per interval across the cluster (ADR 0011); the lease keeps slow sweeps from overlapping.
  return startScheduledJob(deps, {
    name: 'lifecycle-sweep',
    intervalSeconds: options.sweepSeconds,
    leaseKey: 'lifecycle-sweep',
    handler: withMapping(deps, (jobDeps) => runLifecycleSweep(jobDeps)),
    // A credit Kentico refuses for good is marked with its dead letter (sync/refunds/).
    deadLetters: CREDIT_DEAD_LETTERS,
  });
}

/**
 * Sales credits and contacts changed in Brightpearl (no webhooks for them), and shipped
 * goods-out notes and order statuses whose webhook may have been lost (handed to their drains).
 * A part whose flow is switched off does nothing; its cursor stays, so it catches up when on.
 */
export async function runLifecycleSweep(
  deps: Deps,
): Promise<{ credits: number; customers: number; shipments: number; statuses: number }> {
  return runEach({
    credits: () => countIfFlowOn(deps, 'refunds', () => sweepBrightpearlCredits(deps)),
    customers: () =>
      countIfFlowOn(deps, 'customers', async () => (await sweepBrightpearlContacts(deps)).written),
    shipments: () => countIfFlowOn(deps, 'shipments', () => sweepShippedNotes(deps)),
    statuses: () => countIfFlowOn(deps, 'statuses', () => sweepBrightpearlStatuses(deps)),
  });
}
