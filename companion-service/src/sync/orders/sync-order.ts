import type { BrightpearlOrderId, KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, BrightpearlValidationError } from '../../brightpearl';
import { recordDeadLetter, resolveDeadLetters } from '../../dead-letters/dead-letter-repository';
import {
  KenticoContractError,
  KenticoNotFoundError,
  type KenticoBridgeClient,
} from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { withLease } from '../leases';
import { CallMeter } from './call-meter';
import { resolveContact } from './contact-resolver';
import { PermanentSyncError } from './mapping-failure';
import * as repo from './order-sync-repository';
import type { OrderSyncJob, OrderWriteBackJob } from './order-sync-job';
import { resolveProductIds } from './product-resolver';
import { assertOrderIsMappable, toSalesOrder } from './sales-order-mapper';

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
      await repo.markAttempt(deps.db, job.orderGuid, order.OrderNumber);
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

async function createOnce(
  deps: OrderSyncDeps,
  input: { order: KenticoOrder; meter: CallMeter; createSent: boolean },
): Promise<{ brightpearlOrderId: BrightpearlOrderId; customerKind: 'new' | 'returning' }> {
  const { order, meter } = input;
  assertOrderIsMappable(order, deps.mapping);
  if (input.createSent) {
    const existing = await findExisting(deps, order, meter);
    if (existing) return { brightpearlOrderId: existing, customerKind: 'returning' };
  }
  const productIds = await resolveProductIds({ ...deps, meter }, order);
  const contact = await resolveContact({ ...deps, meter }, order);
  const body = toSalesOrder(order, deps.mapping, { contactId: contact.contactId, productIds });
  await repo.markCreateSent(deps.db, order.OrderGUID);
  const brightpearlOrderId = await createOrAdopt(deps, { order, meter, body });
  deps.faults?.afterBrightpearlCreate?.(order.OrderGUID);
  return { brightpearlOrderId, customerKind: contact.kind };
}

async function createOrAdopt(
  deps: OrderSyncDeps,
  input: { order: KenticoOrder; meter: CallMeter; body: ReturnType<typeof toSalesOrder> },
): Promise<BrightpearlOrderId> {
  try {
    return await deps.brightpearl.createSalesOrder(input.body, input.meter.call);
  } catch (error) {
    if (!(error instanceof BrightpearlValidationError)) throw error;
    // A rejection may be Brightpearl's externalRef uniqueness (exact code unconfirmed): look first.
    const existing = await findExisting(deps, input.order, input.meter);
    if (existing) return existing;
    throw new PermanentSyncError(
      'brightpearl-rejected',
      `Brightpearl rejected the order: ${error.message}`,
      {
        code: error.code,
      },
    );
  }
}

async function findExisting(
  deps: OrderSyncDeps,
  order: KenticoOrder,
  meter: CallMeter,
): Promise<BrightpearlOrderId | undefined> {
  const ids = await deps.brightpearl.findOrderIdsByExternalRef(order.OrderGUID, meter.call);
  if (ids.length > 1) deps.logger.warn('Several Brightpearl orders share one externalRef', { ids });
  return [...ids].sort((a, b) => a - b)[0];
}

async function complete(
  deps: OrderSyncDeps,
  input: {
    order: KenticoOrder;
    meter: CallMeter;
    brightpearlOrderId: BrightpearlOrderId;
    customerKind: 'new' | 'returning';
  },
): Promise<void> {
  const orderGuid = input.order.OrderGUID;
  const writeBack: OrderWriteBackJob = { orderGuid, brightpearlOrderId: input.brightpearlOrderId };
  await deps.db.transaction(async (tx) => {
    await repo.markSynced(tx, {
      orderGuid,
      brightpearlOrderId: input.brightpearlOrderId,
      calls: input.meter.calls,
      customerKind: input.customerKind,
    });
    await resolveDeadLetters(tx, ORDER_FLOW, orderGuid);
    await deps.queue.enqueue('order-write-back', writeBack, { db: tx, singletonKey: orderGuid });
  });
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
