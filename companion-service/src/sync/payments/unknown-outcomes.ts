import {
  BrightpearlAuthError,
  type BrightpearlClient,
  BrightpearlNetworkError,
  BrightpearlThrottledError,
  BrightpearlValidationError,
  PRIORITY,
} from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import { QUEUES } from '../../queue';
import type { Db } from '../../store';
import * as repo from './payment-repository';

/** The dead-letter flow (and replay key) of a customer payment. */
export const PAYMENT_FLOW = 'payment';

/**
 * Payments whose send may or may not have landed: the job fails retryably, and the retry looks
 * each up by its transactionRef before sending it again (exactly once).
 */
export class PaymentOutcomeUnknown extends Error {
  override readonly name = 'PaymentOutcomeUnknown';
  readonly retryable = true;

  constructor(readonly orderGuids: readonly string[]) {
    super(`${orderGuids.length} payment(s) sent with an unknown outcome; retrying`);
  }
}

/**
 * Whether a failed send may still have been booked. Only a throttle (the request never ran),
 * refused credentials and a refused body are known not to have reached Brightpearl's books.
 */
export function mayHaveLanded(error: unknown): boolean {
  if (error instanceof BrightpearlNetworkError) return error.ambiguous;
  return !(
    error instanceof BrightpearlThrottledError ||
    error instanceof BrightpearlAuthError ||
    error instanceof BrightpearlValidationError
  );
}

/** The last try gets no retry after it: whatever it leaves unknown must be settled now. */
export const isLastTry = (job: repo.ClaimOwner | undefined): boolean =>
  job !== undefined && job.retryCount >= QUEUES.payments.retryLimit;

/**
 * The job's last try ends with payments whose outcome is unknown. Each is looked up once more
 * by its transactionRef: one Brightpearl has is recorded; the rest become 'outcome-unknown'
 * failures (they stay claimed until their dead letter marks them) for the merchant to check.
 * Never sent again blind here, and never left 'sent' with nobody told.
 */
export async function settleUnknownOutcomes(
  deps: { db: Db; brightpearl: BrightpearlClient; failures: PermanentError[] },
  orderGuids: readonly string[],
): Promise<void> {
  for (const orderGuid of orderGuids) {
    const transactionRef = repo.paymentTransactionRef(orderGuid);
    const paymentId = await lookUp(deps.brightpearl, transactionRef);
    if (paymentId !== undefined) {
      await repo.markPaymentRecorded(deps.db, { orderGuid, paymentId });
      continue;
    }
    deps.failures.push(
      new PermanentError(
        'outcome-unknown',
        `the payment ${transactionRef} was sent but no clear answer came back after the last retry: check Brightpearl before replaying`,
        { flow: PAYMENT_FLOW, recordKey: orderGuid, payload: { orderGuid, transactionRef } },
      ),
    );
  }
}

/** Brightpearl unreachable now is no answer either: undefined, and the merchant checks. */
async function lookUp(brightpearl: BrightpearlClient, transactionRef: string) {
  try {
    const [paymentId] = await brightpearl.findPaymentIdsByTransactionRef(transactionRef, {
      priority: PRIORITY.orders,
    });
    return paymentId;
  } catch {
    return undefined;
  }
}
