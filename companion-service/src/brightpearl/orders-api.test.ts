import type { SalesOrderCreate } from '@bpkc/shared-types';

import { BrightpearlValidationError } from './errors';
import { useAccountStub } from './test-support/account-stub';

const account = useAccountStub();

const ORDER: SalesOrderCreate = {
  customer: { id: 11 },
  externalRef: '8f2c0000-0000-0000-0000-000000000001',
  rows: [{ name: 'Widget', quantity: '1', taxCode: 'T20', net: '10', tax: '2' }],
};

test('finds orders by externalRef, decoding rows by column name', async () => {
  const ids = await account.client.findOrderIdsByExternalRef(ORDER.externalRef!);
  expect(ids).toEqual([322]);
  expect(account.stub.requests[0]?.query.externalRef).toBe(ORDER.externalRef);
});

test('refuses an empty externalRef (it would match every order)', async () => {
  await expect(account.client.findOrderIdsByExternalRef(' ')).rejects.toBeInstanceOf(
    BrightpearlValidationError,
  );
  expect(account.stub.requests).toHaveLength(0);
});

test('creates a sales order and returns its id', async () => {
  await expect(account.client.createSalesOrder(ORDER)).resolves.toBe(4711);
  expect(account.stub.requests[0]?.body).toMatchObject({
    customer: { id: 11 },
    externalRef: ORDER.externalRef,
  });
});

test('refuses an invalid sales order before spending budget', async () => {
  const before = account.client.stats().callsMade;
  const invalid = { ...ORDER, rows: [] } as SalesOrderCreate;
  const error = await account.client.createSalesOrder(invalid).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BrightpearlValidationError);
  expect(error).toMatchObject({ retryable: false, local: true });
  expect(account.stub.requests).toHaveLength(0);
  expect(account.client.stats().callsMade).toBe(before);
});

test('gets orders in id-set chunks of 200 and treats 404 as none', async () => {
  const ids = Array.from({ length: 250 }, (_, i) => i + 1);
  const orders = await account.client.getOrders([...ids, 5, 3]);
  expect(orders).toHaveLength(250);
  expect(account.stub.requests.map((r) => r.url)).toEqual([
    '/order-service/order/1-200',
    '/order-service/order/201-250',
  ]);
  await expect(account.client.getOrders([5000, 5002])).resolves.toEqual([]);
  await expect(account.client.getOrders([])).resolves.toEqual([]);
});

test('counts calls per endpoint', () => {
  const { byEndpoint } = account.client.stats();
  expect(byEndpoint['POST /order-service/sales-order']).toBe(1);
  expect(byEndpoint['GET /order-service/order/{idSet}']).toBe(3);
});
