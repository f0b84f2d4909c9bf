import type { BrightpearlClient } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import { orderWithRefund } from './refund-test-fixtures';
import { moneyTestMapping } from '../../mapping/test-mappings';
import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { syncRefund } from './sync-refund';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const mapping = moneyTestMapping({ '20': 'T20', '0': 'T0' });

describe.each(testBackends(POSTGRES_URL))(
  'a Kentico refund whose credit id could not be written to Kentico on $name',
  (backend) => {
    let handle: TestStore;
    let store: Store;
    const { orderGuid, refundGuid, order, refund } = orderWithRefund('N-1');

    const credits = new Map<string, number>();
    const refundPayments = new Map<string, number>();
    const brightpearl = {
      findOrderIdsByExternalRef: async (ref: string) =>
        credits.has(ref) ? [credits.get(ref)] : [],
      createSalesCredit: async (body: { externalRef: string }) => {
        credits.set(body.externalRef, 900 + credits.size);
        return credits.get(body.externalRef);
      },
      findPaymentIdsByTransactionRef: async (ref: string) =>
        refundPayments.has(ref) ? [refundPayments.get(ref)] : [],
      createCustomerPayment: async (payment: { transactionRef: string }) => {
        refundPayments.set(payment.transactionRef, 700 + refundPayments.size);
        return refundPayments.get(payment.transactionRef);
      },
    } as unknown as BrightpearlClient;
    let kenticoDown = true;
    const written = new Map<string, number>();
    const kentico = {
      getRefund: async () => refund,
      getOrder: async () => order,
      setRefundCredit: async (guid: string, creditId: number) => {
        if (kenticoDown)
          throw Object.assign(new Error('Kentico bridge answered 500'), { retryable: true });
        written.set(guid, creditId);
      },
    } as unknown as KenticoBridgeClient;

    beforeAll(async () => {
      handle = await openTestStore(backend, logger);
      store = handle.store;
      await migrate(store, logger);
      await store.query(
        `INSERT INTO order_sync (order_guid, state, brightpearl_order_id, brightpearl_contact_id)
       VALUES ($1, 'synced', 100, 55)`,
        [orderGuid],
      );
    });
    afterAll(() => handle.dispose());

    const deps = () => ({ db: store, brightpearl, kentico, mapping, mappingVersion: 1 });
    const state = async () =>
      (await store.query<{ state: string }>(`SELECT state FROM refund_sync`))[0]?.state;

    it('stays pending, and the retry writes the credit id without a second credit or payment', async () => {
      await expect(syncRefund(deps(), refundGuid)).rejects.toThrow('500');
      expect(await state()).toBe('pending');

      kenticoDown = false;
      await expect(syncRefund(deps(), refundGuid)).resolves.toBe('synced');
      expect(await state()).toBe('synced');
      expect(written.get(refundGuid)).toBe(900);
      expect(credits.size).toBe(1);
      expect(refundPayments.size).toBe(1);
    });
  },
);
