import type { SalesOrderCreate } from '@bpkc/shared-types';

import { BrightpearlProtocolError, BrightpearlValidationError } from './errors';
import type { SalesCreditCreate } from './order-types';
import { useLifecycleStub } from './test-support/lifecycle-stub';
import { RECORDED_ORDER } from './test-support/recorded-order';

const bp = useLifecycleStub();

test('decodes the recorded order and a sales credit; unknown ids are missing', async () => {
  const [order, credit, ...rest] = await bp.client.getSalesOrders([999, 2, 1]);
  expect(rest).toEqual([]);
  expect(order).toEqual({
    orderId: 1,
    orderTypeCode: 'SO',
    parentOrderId: 0,
    statusId: 4,
    externalRef: null,
    reference: '',
    totalGross: 10,
    currencyCode: 'USD',
    rows: [{ orderRowId: 1, productId: 1007, sku: 'TEST001', quantity: 1, net: 9.0909, tax: 0.91 }],
    shippingStatusCode: 'ASS',
    paymentStatus: 'UNPAID',
    contactId: 200,
  });
  expect(credit).toMatchObject({
    orderId: 2,
    orderTypeCode: 'SC',
    parentOrderId: 1,
    externalRef: 'KC-RFD-1',
    rows: [],
    paymentStatus: null,
  });
  expect(bp.stub.requests.map((r) => r.url)).toEqual(['/order-service/order/1-2,999']);
});

test('an order that does not match the recorded shape is a protocol error', async () => {
  bp.state.orders.set(3, { ...RECORDED_ORDER, id: 3, totalValue: { total: '' } });
  await expect(bp.client.getSalesOrders([3])).rejects.toBeInstanceOf(BrightpearlProtocolError);
});

test('sets an order status with a PUT of {orderStatusId}', async () => {
  await bp.client.setOrderStatus(1, 7);
  expect(bp.stub.requests[0]).toMatchObject({
    method: 'PUT',
    url: '/order-service/order/1/status',
    body: { orderStatusId: 7 },
  });
  await expect(bp.client.setOrderStatus(1, 0)).rejects.toBeInstanceOf(BrightpearlValidationError);
  expect(bp.stub.requests).toHaveLength(1);
});

const ORDER: SalesOrderCreate = {
  customer: { id: 200 },
  externalRef: 'KC-RFD-9',
  installedIntegrationInstanceId: 11,
  rows: [{ productId: 1007, quantity: '1', taxCode: 'T', net: '9.0909', tax: '0.91' }],
};

test('creates a sales credit against its original order', async () => {
  await expect(bp.client.createSalesCredit({ ...ORDER, parentId: 1 })).resolves.toBe(4800);
  expect(bp.stub.requests[0]).toMatchObject({
    method: 'POST',
    url: '/order-service/sales-credit',
    body: { ...ORDER, parentId: 1 },
  });
});

test('refuses a credit without parent, with negative amounts or without rows, unsent', async () => {
  const row = ORDER.rows[0]!;
  const invalid = [
    { ...ORDER },
    { ...ORDER, parentId: 1, rows: [{ ...row, net: '-9.0909' }] },
    { ...ORDER, parentId: 1, rows: [{ ...row, quantity: '-1' }] },
    { ...ORDER, parentId: 1, rows: [] },
  ] as SalesCreditCreate[];
  for (const body of invalid) {
    const error = await bp.client.createSalesCredit(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrightpearlValidationError);
    expect(error).toMatchObject({ local: true });
  }
  expect(bp.stub.requests).toHaveLength(0);
});

test('searches credits updated since a time, through every page', async () => {
  bp.state.maxPageSize = 3;
  const credits = await bp.client.searchSalesCredits({ updatedSince: '2026-04-01T00:00:00Z' });
  expect(credits).toEqual([
    { orderId: 41, parentOrderId: 1, externalRef: 'KC-RFD-1' },
    { orderId: 42, parentOrderId: 0, externalRef: null },
    ...[45, 46, 47].map((id) => ({ orderId: id, parentOrderId: 1, externalRef: `KC-RFD-${id}` })),
  ]);
  expect(bp.stub.requests.map((r) => r.query)).toEqual(
    ['1', '4'].map((firstResult) => ({
      orderTypeId: '3',
      updatedOn: '2026-04-01T00:00:00Z/',
      pageSize: '500',
      firstResult,
    })),
  );
});
