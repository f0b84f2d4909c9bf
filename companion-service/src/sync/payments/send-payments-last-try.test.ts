import { randomUUID } from 'node:crypto';

import {
  type BrightpearlClient,
  BrightpearlNetworkError,
  type CustomerPaymentInput,
} from '../../brightpearl';
import { PermanentFailures } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import { moneyTestMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import { type JobQueue, QUEUES } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, type TestStore } from '../../store/test-stores';
import { paymentTransactionRef } from './payment-repository';
import { replayPayment } from './payment-replay';
import { duePayments, paymentRows } from './payment-test-fixtures';
import { PAYMENT_DEAD_LETTERS, runPayments } from './send-payments';

const logger = createSilentLogger();
const mapping = moneyTestMapping();
const kentico = {
  getOrder: async () => ({
    OrderNumber: 'N-1',
    OrderPaymentMethodName: 'Card',
    BpcCurrencyCode: 'GBP',
    OrderGrandTotal: 10,
  }),
} as unknown as KenticoBridgeClient;
const settings = { kentico, mapping, logger, coalesceMs: 0, batchWaitMs: 0 };
const timeout = () =>
  new BrightpearlNetworkError({ endpoint: 'POST /multi-message', ambiguous: true });

/** Brightpearl books what `books` says, then the answer is lost (a timeout after sending). */
function fakeBrightpearl(options: { books: (ref: string) => boolean; answer: boolean }) {
  const landed = new Map<string, number>();
  const sends: string[] = [];
  const take = (payment: CustomerPaymentInput) => {
    sends.push(payment.transactionRef);
    if (options.books(payment.transactionRef) && !landed.has(payment.transactionRef))
      landed.set(payment.transactionRef, 500 + landed.size);
  };
  const client = {
    findPaymentIdsByTransactionRef: async (ref: string) =>
      landed.has(ref) ? [landed.get(ref)] : [],
    customerPaymentMessage: (payment: CustomerPaymentInput) => ({ body: payment }),
    createCustomerPayment: async (payment: CustomerPaymentInput) => {
      take(payment);
      if (!options.answer) throw timeout();
      return landed.get(payment.transactionRef);
    },
    multiMessage: async (messages: Array<{ body: CustomerPaymentInput }>) => {
      for (const message of messages) take(message.body);
      throw timeout();
    },
  } as unknown as BrightpearlClient;
  return { client, sends, options };
}

describe('payments whose outcome is still unknown on the last try', () => {
  let handle: TestStore;
  let store: Store;
  let enqueued = 0;
  const queue = {
    enqueue: async () => ((enqueued += 1), null),
  } as unknown as JobQueue;
  const retryCount: number = QUEUES.payments.retryLimit;

  beforeEach(async () => {
    handle = await openTestStore({ name: 'pglite' }, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterEach(() => handle.dispose());

  const states = async () =>
    Object.fromEntries(
      (await paymentRows(store)).map(({ order_guid: guid, ...rest }) => [guid, rest]),
    );
  const run = (brightpearl: BrightpearlClient, job = { id: randomUUID(), retryCount }) =>
    runPayments({ ...settings, db: store, brightpearl, job });
  const deadLetter = (failures: PermanentFailures) =>
    store.transaction(async (tx) => {
      for (const failure of failures.failures)
        await PAYMENT_DEAD_LETTERS.onDeadLetter!(tx, {
          flow: failure.flow!,
          recordKey: failure.recordKey!,
          reason: failure.reason,
          message: failure.message,
          payload: failure.payload,
        });
    });

  it('records the ones Brightpearl has and hands the rest to the merchant, never left sent', async () => {
    const [booked, lost] = await duePayments(store, queue, 2);
    const bp = fakeBrightpearl({ books: (ref) => ref.endsWith(booked!), answer: false });

    const error = await run(bp.client).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PermanentFailures);
    const failures = (error as PermanentFailures).failures;
    expect(failures.map((f) => [f.flow, f.recordKey, f.reason])).toEqual([
      ['payment', lost, 'outcome-unknown'],
    ]);
    // Claimed until the dead letter marks it: no other job may send it meanwhile.
    expect(await states()).toEqual({
      [booked!]: { state: 'recorded', claimed: false },
      [lost!]: { state: 'sent', claimed: true },
    });
    await deadLetter(error as PermanentFailures);
    expect((await states())[lost!]).toEqual({ state: 'dead-lettered', claimed: false });
    expect(bp.sends.filter((ref) => ref === paymentTransactionRef(lost!))).toHaveLength(1);
  });

  it('after a replay, looks the payment up before sending, so it is paid exactly once', async () => {
    const [orderGuid] = await duePayments(store, queue, 1);
    const ref = paymentTransactionRef(orderGuid!);
    // The single send lands but its answer is lost; the lookup right after does not see it yet.
    let visible = false;
    const bp = fakeBrightpearl({ books: () => true, answer: false });
    const find = bp.client.findPaymentIdsByTransactionRef;
    bp.client.findPaymentIdsByTransactionRef = async (...args) => (visible ? find(...args) : []);

    const error = await run(bp.client).catch((thrown: unknown) => thrown);
    expect((error as PermanentFailures).failures.map((f) => f.reason)).toEqual(['outcome-unknown']);
    await deadLetter(error as PermanentFailures);

    // The merchant finds it in Brightpearl (or not) and replays: it is looked up first.
    visible = true;
    bp.options.answer = true;
    await store.transaction((tx) => replayPayment(tx, queue, orderGuid!));
    expect(enqueued).toBeGreaterThan(0);
    await run(bp.client, { id: randomUUID(), retryCount: 0 });
    expect((await states())[orderGuid!]).toEqual({ state: 'recorded', claimed: false });
    expect(bp.sends.filter((sent) => sent === ref)).toHaveLength(1);
  });

  it('before the last try, stays retryable and releases the payment for the retry', async () => {
    const [orderGuid] = await duePayments(store, queue, 1);
    const bp = fakeBrightpearl({ books: () => false, answer: false });

    const error = await run(bp.client, { id: randomUUID(), retryCount: 0 }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(BrightpearlNetworkError);
    expect(await states()).toEqual({ [orderGuid!]: { state: 'sent', claimed: false } });
  });
});
