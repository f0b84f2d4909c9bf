import type { KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import { recordDeadLetter, resolveDeadLetters } from '../../dead-letters/dead-letter-repository';
import {
  KenticoContractError,
  KenticoNotFoundError,
  type KenticoBridgeClient,
} from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { Metrics } from '../../observability/metrics';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { withLease } from '../leases';
import { CallMeter } from '../call-meter';
import { createOnce, type CreatedOrder } from './create-sales-order';
import { recordOrderFollowUps } from './order-follow-ups';
import { PermanentSyncError } from './mapping-failure';
import * as repo from './order-sync-repository';
import type { OrderSyncJob, OrderWriteBackJob } from './order-sync-job';

export const ORDER_FLOW = 'order';

/** Test hooks that simulate a crash at the worst moments; never set in production. */
export interface OrderSyncFaults {
  afterBrightpearlCreate?: (orderGuid: string) => void;
}

export interface OrderSyncDeps {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  logger: Logger;
  faults?: OrderSyncFaults;
  metrics?: Metrics;
}

export type OrderSyncOutcome = 'synced' | 'already-synced' | 'dead-lettered';

/**
 * Kentico order → Brightpearl sales order, exactly once: one worker per order at a time (lease),
 * the truth re-read from Kentico, every mapping checked before budget is spent, and a search by
 * externalRef whenever an earlier attempt may already have created the order.
 */
export async function syncOrder(deps: OrderSyncDeps, job: OrderSyncJob): Promise<OrderSyncOutcome> {
  return withLease(deps.db, { key: `order:${job.orderGuid}`, waitMs: 2_000 }, async () => {
    await repo.ensureOrderSync(deps.db, job.orderGuid);
    const state = await repo.findOrderSync(deps.db, job.orderGuid);
    if (state?.state === 'synced') return 'already-synced';
    const meter = new CallMeter();
    try {
      const order = await fetchOrder(deps, job.orderGuid);
      await repo.markAttempt(deps.db, {
        orderGuid: job.orderGuid,
        orderNumber: order.OrderNumber,
        customerEmail: order.Customer.CustomerEmail,
      });
      const created = await createOnce(deps, {
        order,
        meter,
        createSent: Boolean(state?.create_sent_at),
      });
      await complete(deps, { order, meter, ...created });
      return 'synced';
    } catch (error) {
      if (!(error instanceof PermanentSyncError)) {
        await repo.markFailed(deps.db, {
          orderGuid: job.orderGuid,
          state: 'pending',
          error: String(error),
          calls: meter.calls,
        });
        throw error;
      }
      await deadLetter(deps, { job, error, calls: meter.calls });
      return 'dead-lettered';
    }
  });
}

async function fetchOrder(deps: OrderSyncDeps, orderGuid: string): Promise<KenticoOrder> {
  try {
    return await deps.kentico.getOrder(orderGuid);
  } catch (error) {
    if (error instanceof KenticoNotFoundError) {
      throw new PermanentSyncError('order-not-found', error.message);
    }
    if (error instanceof KenticoContractError)
      throw new PermanentSyncError('invalid-order', error.message);
    throw error;
  }
}

async function complete(
  deps: OrderSyncDeps,
  input: CreatedOrder & { order: KenticoOrder; meter: CallMeter },
): Promise<void> {
  const orderGuid = input.order.OrderGUID;
  const writeBack: OrderWriteBackJob = { orderGuid, brightpearlOrderId: input.brightpearlOrderId };
  await deps.db.transaction(async (tx) => {
    await repo.markSynced(tx, {
      orderGuid,
      brightpearlOrderId: input.brightpearlOrderId,
      calls: input.meter.calls,
      customerKind: input.customerKind,
      contactId: input.contactId,
    });
    await resolveDeadLetters(tx, ORDER_FLOW, orderGuid);
    await recordOrderFollowUps(tx, deps, input.order);
    await deps.queue.enqueue('order-write-back', writeBack, { db: tx, singletonKey: orderGuid });
  });
  await observeLatency(deps, orderGuid);
  deps.logger.info('Order synced to Brightpearl', {
    orderGuid,
    brightpearlOrderId: input.brightpearlOrderId,
    brightpearlCalls: input.meter.calls,
  });
}

async function deadLetter(
  deps: OrderSyncDeps,
  input: { job: OrderSyncJob; error: PermanentSyncError; calls: number },
): Promise<void> {
  const { job, error } = input;
  await deps.db.transaction(async (tx) => {
    await repo.markFailed(tx, {
      orderGuid: job.orderGuid,
      state: 'dead-lettered',
      error: error.message,
      calls: input.calls,
    });
    await recordDeadLetter(tx, {
      flow: ORDER_FLOW,
      recordKey: job.orderGuid,
      reason: error.reason,
      message: error.message,
      payload: { job, details: error.details },
    });
  });
  deps.logger.warn('Order dead-lettered', { orderGuid: job.orderGuid, reason: error.reason });
}

/** Event stored → order in Brightpearl, for the latency histogram. */
async function observeLatency(deps: OrderSyncDeps, orderGuid: string): Promise<void> {
  if (!deps.metrics) return;
  const [row] = await deps.db.query<{ seconds: number | string }>(
    `SELECT extract(epoch FROM (synced_at - received_at)) AS seconds FROM order_sync WHERE order_guid = $1`,
    [orderGuid],
  );
  if (row) deps.metrics.orderLatency.observe(Number(row.seconds));
}
