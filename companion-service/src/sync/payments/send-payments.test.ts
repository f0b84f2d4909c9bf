import { randomUUID } from 'node:crypto';

import type { BrightpearlClient, CustomerPaymentInput } from '../../brightpearl';
import { PermanentFailures } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import { moneyTestMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, type TestStore } from '../../store/test-stores';
import { countSendablePayments, markPaymentDue } from './payment-repository';
import { PAYMENT_DEAD_LETTERS, runPayments } from './send-payments';

const logger = createSilentLogger();
const mapping = moneyTestMapping();

describe('payments batch with records refused for good', () => {
  let handle: TestStore;
  let store: Store;
  const [accepted, rejected, unknownMethod] = [randomUUID(), randomUUID(), randomUUID()];

  const kentico = {
    getOrder: async (orderGuid: string) => ({
      OrderNumber: `N-${orderGuid.slice(0, 4)}`,
      OrderPaymentMethodName: orderGuid === unknownMethod ? 'Voucher' : 'Card',
      BpcCurrencyCode: 'GBP',
      OrderGrandTotal: 10,
    }),
  } as unknown as KenticoBridgeClient;
  const brightpearl = {
    findPaymentIdsByTransactionRef: async () => [],
    customerPaymentMessage: (payment: CustomerPaymentInput) => ({
      uri: '/accounting-service/customer-payment',
      httpMethod: 'POST',
      body: payment,
    }),
    multiMessage: async (messages: Array<{ label: string; body: CustomerPaymentInput }>) =>
      messages.map((message) =>
        message.body.transactionRef.endsWith(rejected)
          ? { label: message.label, processed: true, statusCode: 400, errors: [] }
          : { label: message.label, processed: true, statusCode: 201, response: 501 },
      ),
  } as unknown as BrightpearlClient;

  beforeAll(async () => {
    handle = await openTestStore({ name: 'pglite' }, logger);
    store = handle.store;
    await migrate(store, logger);
    const queue = { enqueue: async () => null } as unknown as JobQueue;
    for (const [index, orderGuid] of [accepted, rejected, unknownMethod].entries()) {
      await store.query(
        `INSERT INTO order_sync (order_guid, state, brightpearl_order_id) VALUES ($1, 'synced', $2)`,
        [orderGuid, 100 + index],
      );
      await markPaymentDue(store, { queue, orderGuid, fee: null });
    }
  });
  afterAll(() => handle.dispose());

  const payments = () =>
    store.query<{ order_guid: string; state: string; claimed: boolean }>(
      `SELECT order_guid, state, claim IS NOT NULL AS claimed FROM order_payments ORDER BY order_guid`,
    );

  it('sends the rest, keeps the refused ones claimed, and hands them to the failure path', async () => {
    const deps = { db: store, brightpearl, kentico, mapping, logger };
    const run = runPayments({ ...deps, coalesceMs: 0, batchWaitMs: 0 });
    const error = await run.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(PermanentFailures);
    const failures = (error as PermanentFailures).failures;
    expect(failures.map((f) => [f.flow, f.recordKey, f.reason])).toEqual([
      ['payment', unknownMethod, 'unknown-payment-method'],
      ['payment', rejected, 'brightpearl-rejected'],
    ]);
    const byGuid = Object.fromEntries((await payments()).map((row) => [row.order_guid, row]));
    expect(byGuid[accepted]).toMatchObject({ state: 'recorded', claimed: false });
    // Not released: a second job (or the next round) must not send them again meanwhile.
    expect(byGuid[rejected]).toMatchObject({ state: 'sent', claimed: true });
    expect(byGuid[unknownMethod]).toMatchObject({ state: 'due', claimed: true });
    expect(await countSendablePayments(store)).toBe(0);

    // What the queue's failure path does with each, in the dead letter's transaction.
    await store.transaction(async (tx) => {
      for (const failure of failures) {
        await PAYMENT_DEAD_LETTERS.onDeadLetter!(tx, {
          flow: failure.flow!,
          recordKey: failure.recordKey!,
          reason: failure.reason,
          message: failure.message,
          payload: failure.payload,
        });
      }
    });
    const settled = Object.fromEntries((await payments()).map((row) => [row.order_guid, row]));
    expect(settled[rejected]).toMatchObject({ state: 'dead-lettered', claimed: false });
    expect(settled[unknownMethod]).toMatchObject({ state: 'dead-lettered', claimed: false });
  });

  it('a job whose payment an earlier job already sent ends at once, without waiting for a batch', async () => {
    // Every due payment enqueued a job; after a backlog most of them find nothing left. With a
    // ten-minute batch wait, a job that waited for company would outlast this test's timeout.
    expect(await countSendablePayments(store)).toBe(0);
    const deps = { db: store, brightpearl, kentico, mapping, logger };
    await expect(
      runPayments({ ...deps, coalesceMs: 0, batchWaitMs: 10 * 60_000 }),
    ).resolves.toBeUndefined();
  }, 30_000);
});
