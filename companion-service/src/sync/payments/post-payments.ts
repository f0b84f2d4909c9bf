import {
  type BrightpearlClient,
  BrightpearlValidationError,
  type CustomerPaymentInput,
} from '../../brightpearl';
import { recordDeadLetter } from '../../dead-letters/dead-letter-repository';
import type { Db } from '../../store';
import type { CallMeter } from '../call-meter';
import * as repo from './payment-repository';

type Item = { due: repo.DuePayment; payment: CustomerPaymentInput };
type Deps = { db: Db; brightpearl: BrightpearlClient; meter: CallMeter };

/** One payment: a plain POST; several: one multi-message (each message succeeds or fails alone). */
export async function postPayments(deps: Deps, items: Item[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length === 1) return postOne(deps, items[0]!);
  const results = await deps.brightpearl.multiMessage(
    items.map((item, index) => ({
      ...deps.brightpearl.customerPaymentMessage(item.payment),
      label: `p${index}`,
    })),
    { onFail: 'CONTINUE', ...deps.meter.call },
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
    }
    // Anything else (unprocessed, 5xx) stays 'sent': the retry looks it up by transactionRef.
  }
}

async function postOne(deps: Deps, item: Item): Promise<void> {
  try {
    const paymentId = await deps.brightpearl.createCustomerPayment(item.payment, deps.meter.call);
    await repo.markPaymentRecorded(deps.db, { orderGuid: item.due.orderGuid, paymentId });
  } catch (error) {
    if (!(error instanceof BrightpearlValidationError)) throw error;
    await rejected(deps, item, error.message);
  }
}

/** A 400 may be the uniqueness of transactionRef (an earlier send landed): look before giving up. */
async function rejected(deps: Deps, item: Item, message: string): Promise<void> {
  const [existing] = await deps.brightpearl.findPaymentIdsByTransactionRef(
    item.payment.transactionRef,
    deps.meter.call,
  );
  if (existing !== undefined) {
    await repo.markPaymentRecorded(deps.db, { orderGuid: item.due.orderGuid, paymentId: existing });
    return;
  }
  await deps.db.transaction(async (tx) => {
    await repo.markPaymentDeadLettered(tx, item.due.orderGuid);
    await recordDeadLetter(tx, {
      flow: 'payment',
      recordKey: item.due.orderGuid,
      reason: 'brightpearl-rejected',
      message: `Brightpearl rejected the payment: ${message}`,
      payload: { payment: item.payment },
    });
  });
}
