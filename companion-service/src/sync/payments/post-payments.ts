import {
  type BrightpearlClient,
  BrightpearlValidationError,
  type CustomerPaymentInput,
} from '../../brightpearl';
import { PermanentError } from '../../dead-letters/permanent-error';
import type { Db } from '../../store';
import type { CallMeter } from '../call-meter';
import * as repo from './payment-repository';
import { mayHaveLanded, PAYMENT_FLOW } from './unknown-outcomes';

export { PAYMENT_FLOW } from './unknown-outcomes';

type Item = { due: repo.DuePayment; payment: CustomerPaymentInput };

/**
 * `failures` gathers payments refused for good; the job's failure path dead-letters them.
 * `unsettled` gathers those whose outcome is unknown; the job then fails retryably.
 */
type Deps = {
  db: Db;
  brightpearl: BrightpearlClient;
  meter: CallMeter;
  failures: PermanentError[];
  unsettled: string[];
};

/** One payment: a plain POST; several: one multi-message (each message succeeds or fails alone). */
export async function postPayments(deps: Deps, items: Item[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length === 1) return postOne(deps, items[0]!);
  const results = await unknownOnFailure(deps, items, () =>
    deps.brightpearl.multiMessage(
      items.map((item, index) => ({
        ...deps.brightpearl.customerPaymentMessage(item.payment),
        label: `p${index}`,
      })),
      { onFail: 'CONTINUE', ...deps.meter.call },
    ),
  );
  for (const [index, item] of items.entries()) {
    const result = results.find((entry) => entry.label === `p${index}`);
    if (result?.processed && result.statusCode < 300 && typeof result.response === 'number') {
      await repo.markPaymentRecorded(deps.db, {
        orderGuid: item.due.orderGuid,
        paymentId: result.response,
      });
    } else if (result?.statusCode === 400) {
      await rejected(
        deps,
        item,
        result.errors?.map((e) => `${e.code} ${e.message}`).join('; ') ?? '',
      );
    } else {
      // Unprocessed or 5xx: it may have landed. It stays 'sent', and the job fails so that its
      // retry looks it up by transactionRef before sending it again.
      deps.unsettled.push(item.due.orderGuid);
    }
  }
}

async function postOne(deps: Deps, item: Item): Promise<void> {
  let paymentId: number;
  try {
    paymentId = await unknownOnFailure(deps, [item], () =>
      deps.brightpearl.createCustomerPayment(item.payment, deps.meter.call),
    );
  } catch (error) {
    if (!(error instanceof BrightpearlValidationError)) throw error;
    return rejected(deps, item, error.message);
  }
  await repo.markPaymentRecorded(deps.db, { orderGuid: item.due.orderGuid, paymentId });
}

/**
 * A send that failed without a clear answer (no answer, a 5xx after the request left) may have
 * landed: its payments are unsettled, so the last try can settle them (unknown-outcomes.ts).
 */
async function unknownOnFailure<T>(deps: Deps, items: Item[], send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (mayHaveLanded(error)) deps.unsettled.push(...items.map((item) => item.due.orderGuid));
    throw error;
  }
}

/**
 * A 400 may be the uniqueness of transactionRef (an earlier send landed): look before giving up.
 * A payment refused for good stays 'sent' and claimed until its dead letter marks it.
 */
async function rejected(deps: Deps, item: Item, message: string): Promise<void> {
  const [existing] = await deps.brightpearl.findPaymentIdsByTransactionRef(
    item.payment.transactionRef,
    deps.meter.call,
  );
  if (existing !== undefined) {
    await repo.markPaymentRecorded(deps.db, { orderGuid: item.due.orderGuid, paymentId: existing });
    return;
  }
  deps.failures.push(
    new PermanentError('brightpearl-rejected', `Brightpearl rejected the payment: ${message}`, {
      flow: PAYMENT_FLOW,
      recordKey: item.due.orderGuid,
      payload: { payment: item.payment },
    }),
  );
}
