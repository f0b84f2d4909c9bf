import type { KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import type { BrightpearlClient } from '../../brightpearl';
import { resolveDeadLetters } from '../../dead-letters/dead-letter-repository';
import {
  KenticoContractError,
  KenticoNotFoundError,
  type KenticoBridgeClient,
} from '../../kentico';
import type { MappingAccountCheck } from '../../mapping';
import type { Logger } from '../../observability/logger';
import type { Metrics } from '../../observability/metrics';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { withLease } from '../leases';
import { CallMeter } from '../call-meter';
import { createOnce, type CreatedOrder } from './create-sales-order';
import { claimAnnotations } from './order-annotations';
import { recordOrderFollowUps } from './order-follow-ups';
import { applyOrderOverride, readOrderOverride } from './order-overrides';
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
  /** The version of `mapping`, recorded on the synced order (mapping/with-mapping.ts). */
  mappingVersion: number;
  /** The last check of the mapping against the account (mapping/account-check.ts). */
  mappingCheck?: Pick<MappingAccountCheck, 'errorsAt'>;
  logger: Logger;
  faults?: OrderSyncFaults;
  metrics?: Metrics;
}

/**
 * A permanent failure is thrown (PermanentSyncError) and dead-lettered by the queue. 'held' and
 * 'skipped': set aside by the order gate; 'set-aside': already held, rejected or skipped (only
 * Approve sends such an order, ADR 0026).
 */
export type OrderSyncOutcome = 'synced' | 'already-synced' | 'held' | 'skipped' | 'set-aside';

const SET_ASIDE: ReadonlySet<string> = new Set(['held', 'rejected', 'skipped']);

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
    // Events, resends of other kinds and reconciliation never send a set-aside order.
    if (state && SET_ASIDE.has(state.state)) return 'set-aside';
    const meter = new CallMeter();
    try {
      // A merchant's corrections (edit and replay) apply before the gate and the mapping.
      const order = applyOrderOverride(
        await fetchOrder(deps, job.orderGuid),
        await readOrderOverride(deps.db, job.orderGuid),
      );
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
      if ('setAside' in created) {
        await repo.addCalls(deps.db, { orderGuid: job.orderGuid, calls: meter.calls });
        return created.setAside;
      }
      await complete(deps, { order, meter, trigger: job.trigger, ...created });
      return 'synced';
    } catch (error) {
      // Keeps the calls spent; a permanent error is then dead-lettered by the queue's failure
      // path, which marks the order 'dead-lettered' in the same transaction (order-workers.ts).
      await repo.markFailed(deps.db, {
        orderGuid: job.orderGuid,
        state: 'pending',
        error: String(error),
        calls: meter.calls,
      });
      throw error;
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
  input: CreatedOrder & { order: KenticoOrder; meter: CallMeter; trigger: OrderSyncJob['trigger'] },
): Promise<void> {
  const orderGuid = input.order.OrderGUID;
  const writeBack: OrderWriteBackJob = { orderGuid, brightpearlOrderId: input.brightpearlOrderId };
  const recorded = await deps.db.transaction(async (tx) => {
    const synced = await repo.markSynced(tx, {
      orderGuid,
      brightpearlOrderId: input.brightpearlOrderId,
      calls: input.meter.calls,
      customerKind: input.customerKind,
      contactId: input.contactId,
      trigger: input.trigger,
      mappingVersion: deps.mappingVersion,
    });
    await resolveDeadLetters(tx, ORDER_FLOW, orderGuid);
    await recordOrderFollowUps(tx, deps, input.order);
    await deps.queue.enqueue('order-write-back', writeBack, { db: tx, singletonKey: orderGuid });
    // A rule's note and custom fields: enqueued once, however often the order is synced again.
    if (await claimAnnotations(tx, orderGuid)) {
      await deps.queue.enqueue('order-annotate', writeBack, { db: tx, singletonKey: orderGuid });
    }
    return synced;
  });
  // Only the first sync: a resend's latency would measure the merchant, not the companion.
  if (recorded.firstSync && recorded.latencySeconds !== null) {
    deps.metrics?.orderLatency.observe(recorded.latencySeconds);
  }
  deps.logger.info('Order synced to Brightpearl', {
    orderGuid,
    brightpearlOrderId: input.brightpearlOrderId,
    brightpearlCalls: input.meter.calls,
  });
}
