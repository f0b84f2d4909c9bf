import { randomUUID } from 'node:crypto';

import type { BrightpearlClient, CustomerPaymentInput } from '../../brightpearl';
import { isRetryable } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import { moneyTestMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { claimDuePayments, paymentTransactionRef } from './payment-repository';
import { duePayments, paymentRows } from './payment-test-fixtures';
import { PaymentOutcomeUnknown, runPayments } from './send-payments';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
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

/** A Brightpearl stand-in that keeps the payments it took, by transactionRef. */
function fakeBrightpearl(options: { lostAnswer: Set<string> }) {
  const landed = new Map<string, number>();
  const sends: string[] = [];
  const take = (payment: CustomerPaymentInput) => {
    sends.push(payment.transactionRef);
    if (!landed.has(payment.transactionRef)) landed.set(payment.transactionRef, 500 + landed.size);
    return landed.get(payment.transactionRef)!;
  };
  const client = {
    findPaymentIdsByTransactionRef: async (ref: string) =>
      landed.has(ref) ? [landed.get(ref)] : [],
    customerPaymentMessage: (payment: CustomerPaymentInput) => ({ body: payment }),
    createCustomerPayment: async (payment: CustomerPaymentInput) => take(payment),
    multiMessage: async (messages: Array<{ label: string; body: CustomerPaymentInput }>) =>
      messages.map((message) => {
        const id = take(message.body);
        // The payment landed, but its answer says nothing (unprocessed, as on a 5xx mid-batch).
        if (options.lostAnswer.delete(message.body.transactionRef))
          return { label: message.label, processed: false, statusCode: 503 };
        return { label: message.label, processed: true, statusCode: 201, response: id };
      }),
  } as unknown as BrightpearlClient;
  return { client, landed, sends };
}

describe.each(testBackends(POSTGRES_URL))(
  'payments whose outcome is unknown on $name',
  (backend) => {
    let handle: TestStore;
    let store: Store;
    const queue = { enqueue: async () => null } as unknown as JobQueue;

    beforeEach(async () => {
      handle = await openTestStore(backend, logger);
      store = handle.store;
      await migrate(store, logger);
    });
    afterEach(() => handle.dispose());

    const rows = () => paymentRows(store);
    const run = (brightpearl: BrightpearlClient, job?: { id: string; retryCount: number }) =>
      runPayments({
        db: store,
        brightpearl,
        kentico,
        mapping,
        logger,
        coalesceMs: 0,
        batchWaitMs: 0,
        job,
      });

    it('fails the job retryably, gives the claim back, and the retry pays exactly once', async () => {
      const [settled, unknown] = await duePayments(store, queue, 2);
      const bp = fakeBrightpearl({ lostAnswer: new Set([paymentTransactionRef(unknown!)]) });

      const error = await run(bp.client).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(PaymentOutcomeUnknown);
      expect(isRetryable(error)).toBe(true);
      const after = Object.fromEntries((await rows()).map((row) => [row.order_guid, row]));
      expect(after[settled!]).toMatchObject({ state: 'recorded', claimed: false });
      expect(after[unknown!]).toMatchObject({ state: 'sent', claimed: false });

      await run(bp.client);
      expect((await rows()).every((row) => row.state === 'recorded')).toBe(true);
      // Looked up by transactionRef on the retry, not sent a second time.
      expect(bp.sends.filter((ref) => ref === paymentTransactionRef(unknown!))).toHaveLength(1);
    });

    it("lets a job's retry take the payments its killed try left claimed; other jobs wait", async () => {
      const [orderGuid] = await duePayments(store, queue, 1);
      const job = { id: randomUUID(), retryCount: 0 };
      // The first try claimed it, then the process was SIGKILLed before it sent anything.
      await claimDuePayments(store, { claim: `${job.id}:0:dead`, limit: 10, owner: job });
      const bp = fakeBrightpearl({ lostAnswer: new Set() });

      await run(bp.client, { id: randomUUID(), retryCount: 0 });
      expect(await rows()).toEqual([{ order_guid: orderGuid, state: 'due', claimed: true }]);

      await run(bp.client, { ...job, retryCount: 1 });
      expect(await rows()).toEqual([{ order_guid: orderGuid, state: 'recorded', claimed: false }]);
      expect(bp.sends).toEqual([paymentTransactionRef(orderGuid!)]);
    });
  },
);
