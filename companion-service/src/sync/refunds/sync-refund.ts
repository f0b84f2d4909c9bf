import type { KenticoOrder, KenticoRefund, MappingConfig } from '@bpkc/shared-types';
import { z } from 'zod';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import { type KenticoBridgeClient, KenticoNotFoundError } from '../../kentico';
import type { DeadLetterHook } from '../../queue';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { PermanentSyncError } from '../orders/mapping-failure';
import { findOrderSync } from '../orders/order-sync-repository';
import { OrderNotInBrightpearlYet } from '../status/errors';
import { createCreditOnce } from './create-credit';
import { payRefund } from './refund-payment';
import * as repo from './refund-repository';

export interface RefundDeps {
  db: Db;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  /** The version of `mapping`, recorded on the synced refund (mapping/with-mapping.ts). */
  mappingVersion: number;
}

export const REFUND_FLOW = 'refund';

export const RefundJob = z.object({ refundGuid: z.guid() });

/**
 * A Kentico refund → a Brightpearl sales credit on the order (rows, externalRef derived from the
 * refund) plus the refund payment (transactionRef derived too), each found rather than created
 * again on a retry. A refund larger than what is left of the order is refused.
 */
export async function syncRefund(deps: RefundDeps, refundGuid: string): Promise<string> {
  return withLease(deps.db, { key: `refund:${refundGuid}`, waitMs: 2_000 }, async () => {
    const meter = new CallMeter(PRIORITY.orders);
    try {
      const refund = await readRefund(deps, refundGuid);
      if (refund.Origin === 'brightpearl') return 'from-brightpearl';
      const row = await repo.ensureRefundSync(deps.db, {
        refundGuid,
        orderGuid: refund.OrderGUID,
        total: refund.RefundTotal,
      });
      if (row.state !== 'pending') return row.state;
      const { order, brightpearlOrderId, contactId } = await orderInBrightpearl(deps, refund);
      await assertWithinOrder(deps.db, { refund, order });
      const creditId = await createCreditOnce(
        { ...deps, meter },
        { refund, order, brightpearlOrderId, contactId, createSent: Boolean(row.create_sent_at) },
      );
      await repo.updateRefundSync(deps.db, refundGuid, { creditId, calls: meter.calls });
      const paymentMayExist = row.brightpearl_credit_id !== null;
      const paymentId = await payRefund(
        { ...deps, meter },
        { refund, order, creditId, paymentMayExist },
      );
      await repo.updateRefundSync(deps.db, refundGuid, { paymentId, calls: 0 });
      // Synced only once Kentico holds the credit id: a failed write leaves the refund pending,
      // and the retry finds the credit and payment again (by their refs) and writes it.
      await deps.kentico.setRefundCredit(refundGuid, creditId);
      await repo.updateRefundSync(deps.db, refundGuid, {
        state: 'synced',
        calls: 0,
        mappingVersion: deps.mappingVersion,
      });
      return 'synced';
    } catch (error) {
      // Keeps the calls a refused refund spent; the queue's failure path then dead-letters it.
      if (error instanceof PermanentError) {
        await repo.updateRefundSync(deps.db, refundGuid, { calls: meter.calls });
      }
      throw error;
    }
  });
}

/** A refund that failed for good is marked dead-lettered in its dead letter's transaction. */
export const REFUND_DEAD_LETTERS: DeadLetterHook = {
  flow: REFUND_FLOW,
  recordKey: (data) => RefundJob.parse(data).refundGuid,
  onDeadLetter: (tx, letter) => repo.markRefundDeadLettered(tx, letter.recordKey),
};

async function readRefund(deps: RefundDeps, refundGuid: string): Promise<KenticoRefund> {
  try {
    return await deps.kentico.getRefund(refundGuid);
  } catch (error) {
    if (error instanceof KenticoNotFoundError)
      throw new PermanentSyncError('invalid-order', error.message);
    throw error;
  }
}

async function orderInBrightpearl(deps: RefundDeps, refund: KenticoRefund) {
  const sync = await findOrderSync(deps.db, refund.OrderGUID);
  if (sync?.state === 'dead-lettered') {
    throw new PermanentSyncError(
      'order-not-in-brightpearl',
      `order ${refund.OrderGUID} never reached Brightpearl`,
    );
  }
  if (sync?.state !== 'synced') throw new OrderNotInBrightpearlYet(refund.OrderGUID);
  const order = await deps.kentico.getOrder(refund.OrderGUID);
  const contactId = sync.brightpearl_contact_id ? Number(sync.brightpearl_contact_id) : null;
  return { order, brightpearlOrderId: Number(sync.brightpearl_order_id), contactId };
}

async function assertWithinOrder(
  db: Db,
  input: { refund: KenticoRefund; order: KenticoOrder },
): Promise<void> {
  const before = await repo.refundedBefore(db, {
    orderGuid: input.order.OrderGUID,
    refundGuid: input.refund.RefundGUID,
  });
  const left = Math.round((input.order.OrderGrandTotal - before) * 100) / 100;
  if (input.refund.RefundTotal > left + 0.005) {
    throw new PermanentSyncError(
      'refund-exceeds-order',
      `refund of ${input.refund.RefundTotal} exceeds the ${left} left to refund on the order`,
      { field: 'RefundTotal' },
    );
  }
}
