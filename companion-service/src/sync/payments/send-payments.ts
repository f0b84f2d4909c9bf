import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, type CustomerPaymentInput, PRIORITY } from '../../brightpearl';
import { PermanentError, PermanentFailures } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import type { Logger } from '../../observability/logger';
import type { DeadLetterHook } from '../../queue';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import * as repo from './payment-repository';
import { FEE_FLOW, markFeeDeadLettered, postFeeJournals } from './fee-journals';
import { PAYMENT_FLOW, postPayments } from './post-payments';
import { isLastTry, PaymentOutcomeUnknown, settleUnknownOutcomes } from './unknown-outcomes';
import { recordFlowCalls } from '../flow-calls';

/** Multi-message takes at most ten messages (reference §3.5). */
const BATCH = 10;

/**
 * Permanent failures of single payments, gathered while the rest of the batch goes on; and the
 * payments whose outcome is unknown (unprocessed, 5xx), kept claimed until the run ends.
 */
type BatchDeps = PaymentDeps & {
  failures: PermanentError[];
  unsettled: string[];
  owner: string;
  job?: repo.ClaimOwner;
};

export { PaymentOutcomeUnknown } from './unknown-outcomes';

export interface PaymentDeps {
  db: Db;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  logger: Logger;
}

/**
 * The payments job: waits so payments due close together share a request, then sends them ten
 * per multi-message (one unit of budget). A payment whose earlier send may have landed is looked
 * up by its transactionRef first, so a retry never pays twice. A payment refused for good does
 * not stop the others: it stays claimed, and the job ends with PermanentFailures, which the
 * queue's failure path turns into one dead letter per payment (PAYMENT_DEAD_LETTERS).
 */
export async function runPayments(
  deps: PaymentDeps & { coalesceMs: number; batchWaitMs: number; job?: repo.ClaimOwner },
): Promise<void> {
  await sleep(deps.coalesceMs);
  const waitedOut = await waitForFullBatch(deps);
  const failures: PermanentError[] = [];
  const unsettled: string[] = [];
  const owner = repo.claimOwner(deps.job);
  let stopped: { error: unknown } | undefined;
  try {
    await sendDuePayments({ ...deps, failures, unsettled, owner }, waitedOut);
    await postFeeJournals(deps, failures);
  } catch (error) {
    stopped = { error };
  }
  try {
    // No retry after the last try: what is still unknown is looked up once more, or handed
    // to the merchant as 'outcome-unknown' (kept claimed until its dead letter marks it).
    if (isLastTry(deps.job))
      await settleUnknownOutcomes({ ...deps, failures }, unsettled.splice(0));
  } finally {
    // Claimable again by any job; this one's retry checks them by transactionRef first.
    await repo.releasePayments(deps.db, unsettled);
  }
  const transient = stopped
    ? stopped.error
    : unsettled.length > 0
      ? new PaymentOutcomeUnknown(unsettled)
      : undefined;
  if (failures.length > 0) throw new PermanentFailures(failures, transient);
  if (transient !== undefined) throw transient;
}

async function sendDuePayments(deps: BatchDeps, waitedOut: boolean): Promise<void> {
  for (;;) {
    const claim = `${deps.owner}${randomUUID()}`;
    const due = await repo.claimDuePayments(deps.db, { claim, limit: BATCH, owner: deps.job });
    // A short tail waits for the job of its own newest payment (each due payment enqueued one),
    // which gathers more first; only a job that has waited its full time sends a short batch.
    const send = due.length === BATCH || (due.length > 0 && waitedOut);
    try {
      if (send) await recordFlowCalls(deps.db, 'payments', await sendBatch(deps, due));
    } finally {
      // Refused ones stay claimed until their dead letter marks them; unsettled ones until the
      // run ends, so a later round of this run does not take them again at once.
      const failed = deps.failures.flatMap((failure) => failure.recordKey ?? []);
      await repo.releasePaymentClaim(deps.db, claim, [...failed, ...deps.unsettled]);
    }
    if (!send || due.length < BATCH) break;
  }
}

/** Payments and fees that failed for good are marked in their dead letter's transaction. */
export const PAYMENT_DEAD_LETTERS: DeadLetterHook = {
  flow: PAYMENT_FLOW,
  onDeadLetter: async (tx, letter) => {
    if (letter.flow === PAYMENT_FLOW) await repo.markPaymentDeadLettered(tx, letter.recordKey);
    if (letter.flow === FEE_FLOW) return markFeeDeadLettered(tx, letter.recordKey);
    return true;
  },
};

/**
 * Orders arrive a few per second at the budget's pace; a payment may wait up to `batchWaitMs`
 * for nine others, so ten share one request instead of each spending one. True when the wait
 * ran out (a short batch may then go).
 */
async function waitForFullBatch(deps: PaymentDeps & { batchWaitMs: number }): Promise<boolean> {
  const deadline = Date.now() + deps.batchWaitMs;
  for (;;) {
    const sendable = await repo.countSendablePayments(deps.db);
    if (sendable >= BATCH) return false;
    // Every due payment enqueued a job, and an earlier one sent this one's payment with nine
    // others: nothing to wait for (a backlog would otherwise idle a worker per job). What the
    // claim still finds (a retry's own claimed payments) may go as a short batch.
    if (sendable === 0 || Date.now() >= deadline) return true;
    await sleep(100);
  }
}

async function sendBatch(deps: BatchDeps, due: repo.DuePayment[]): Promise<number> {
  const meter = new CallMeter(PRIORITY.orders);
  const toSend: Array<{ due: repo.DuePayment; payment: CustomerPaymentInput }> = [];
  for (const payment of due) {
    if (payment.state === 'sent' && (await adoptExisting(deps, payment, meter))) continue;
    const built = await buildPayment(deps, payment);
    if (built instanceof PermanentError) deps.failures.push(built);
    else toSend.push({ due: payment, payment: built });
  }
  await repo.markPaymentsSent(
    deps.db,
    toSend.map((item) => item.due.orderGuid),
  );
  await postPayments({ ...deps, meter }, toSend);
  return meter.calls;
}

async function adoptExisting(
  deps: PaymentDeps,
  payment: repo.DuePayment,
  meter: CallMeter,
): Promise<boolean> {
  const [existing] = await deps.brightpearl.findPaymentIdsByTransactionRef(
    payment.transactionRef,
    meter.call,
  );
  if (existing === undefined) return false;
  await repo.markPaymentRecorded(deps.db, { orderGuid: payment.orderGuid, paymentId: existing });
  return true;
}

async function buildPayment(
  deps: PaymentDeps,
  payment: repo.DuePayment,
): Promise<CustomerPaymentInput | PermanentError> {
  const order = await deps.kentico.getOrder(payment.orderGuid);
  const method = deps.mapping.payments.methods[order.OrderPaymentMethodName ?? ''];
  if (method === undefined) {
    return new PermanentError(
      'unknown-payment-method',
      `payment method "${order.OrderPaymentMethodName}" has no Brightpearl payment method in the mapping`,
      {
        flow: PAYMENT_FLOW,
        recordKey: payment.orderGuid,
        payload: { orderGuid: payment.orderGuid, field: 'payments.methods' },
      },
    );
  }
  return {
    transactionRef: payment.transactionRef,
    paymentMethodCode: method,
    paymentType: 'RECEIPT',
    orderId: payment.brightpearlOrderId,
    currencyIsoCode: order.BpcCurrencyCode,
    amountPaid: order.OrderGrandTotal,
    paymentDate: new Date().toISOString(),
    journalRef: `Kentico order ${order.OrderNumber}`,
  };
}
