import {
  type BrightpearlClient,
  BrightpearlServerError,
  BrightpearlValidationError,
} from '../../brightpearl';
import { isRetryable, PermanentError } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import { orderWithRefund } from './refund-test-fixtures';
import { moneyTestMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import type { JobQueue } from '../../queue';
import { migrate, type Store } from '../../store';
import { openTestStore, type TestStore } from '../../store/test-stores';
import { replayRefund } from './refund-replay';
import { REFUND_DEAD_LETTERS, syncRefund } from './sync-refund';

const logger = createSilentLogger();
const mapping = moneyTestMapping({ '20': 'T20', '0': 'T0' });

describe('a Kentico refund whose sales credit Brightpearl refuses', () => {
  let handle: TestStore;
  let store: Store;
  const { orderGuid, refundGuid, order, refund } = orderWithRefund('N-2');

  let answer: 'refuse' | 'fail' | 'ok' = 'refuse';
  const credits = new Map<string, number>();
  const brightpearl = {
    findOrderIdsByExternalRef: async (ref: string) => (credits.has(ref) ? [credits.get(ref)] : []),
    createSalesCredit: async (body: { externalRef: string }) => {
      if (answer === 'refuse')
        throw new BrightpearlValidationError({
          endpoint: 'POST /order-service/sales-credit',
          status: 400,
          code: 'ORDC-005',
          errors: [],
        });
      if (answer === 'fail')
        throw new BrightpearlServerError({ endpoint: 'POST /order-service/sales-credit' });
      credits.set(body.externalRef, 900 + credits.size);
      return credits.get(body.externalRef);
    },
    findPaymentIdsByTransactionRef: async () => [],
    createCustomerPayment: async () => 700,
  } as unknown as BrightpearlClient;
  const kentico = {
    getRefund: async () => refund,
    getOrder: async () => order,
    setRefundCredit: async () => undefined,
  } as unknown as KenticoBridgeClient;
  const deps = () => ({ db: store, brightpearl, kentico, mapping, mappingVersion: 1 });
  const state = async () =>
    (await store.query<{ state: string }>(`SELECT state FROM refund_sync`))[0]?.state;

  beforeAll(async () => {
    handle = await openTestStore({ name: 'pglite' }, logger);
    store = handle.store;
    await migrate(store, logger);
    await store.query(
      `INSERT INTO order_sync (order_guid, state, brightpearl_order_id, brightpearl_contact_id)
       VALUES ($1, 'synced', 100, 55)`,
      [orderGuid],
    );
  });
  afterAll(() => handle.dispose());

  it('a transient failure keeps the refund pending for the retry', async () => {
    answer = 'fail';
    const error = await syncRefund(deps(), refundGuid).catch((thrown: unknown) => thrown);
    expect(isRetryable(error)).toBe(true);
    expect(await state()).toBe('pending');
  });

  it('a refusal is a brightpearl-rejected failure, marked dead-lettered by its letter', async () => {
    answer = 'refuse';
    const error = await syncRefund(deps(), refundGuid).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as PermanentError).reason).toBe('brightpearl-rejected');
    await store.transaction((tx) =>
      REFUND_DEAD_LETTERS.onDeadLetter!(tx, {
        flow: REFUND_DEAD_LETTERS.flow!,
        recordKey: REFUND_DEAD_LETTERS.recordKey!({ refundGuid })!,
        reason: 'brightpearl-rejected',
        message: (error as Error).message,
        payload: null,
      }),
    );
    expect(await state()).toBe('dead-lettered');
    // A late duplicate event does nothing until the merchant replays it.
    await expect(syncRefund(deps(), refundGuid)).resolves.toBe('dead-lettered');
  });

  it('a replay after the fix creates the credit once', async () => {
    answer = 'ok';
    const queue = { enqueue: async () => 'job-1' } as unknown as JobQueue;
    await store.transaction((tx) => replayRefund(tx, queue, refundGuid));
    await expect(syncRefund(deps(), refundGuid)).resolves.toBe('synced');
    await expect(syncRefund(deps(), refundGuid)).resolves.toBe('synced');
    expect(credits.size).toBe(1);
  });
});
