import { BrightpearlValidationError } from './errors';
import { useLifecycleStub } from './test-support/lifecycle-stub';

const bp = useLifecycleStub();

test('searches sales orders updated since a time with their status, through every page', async () => {
  bp.state.maxPageSize = 2;
  const updatedOn = '2026-04-03T00:00:00Z';
  bp.state.orderRows.push(
    { orderId: 51, orderTypeId: 1, orderStatusId: 4, updatedOn },
    { orderId: 52, orderTypeId: 1, orderStatusId: 6, updatedOn },
    { orderId: 53, orderTypeId: 1, orderStatusId: null, updatedOn },
    { orderId: 54, orderTypeId: 1, orderStatusId: 4, updatedOn: '2026-01-01T00:00:00Z' },
  );
  const statuses = await bp.client.searchSalesOrderStatuses({
    updatedSince: '2026-04-03T00:00:00Z',
  });
  // 53 has no status to compare; 54 was not updated since; credits are another order type.
  expect(statuses).toEqual([
    { orderId: 51, statusId: 4 },
    { orderId: 52, statusId: 6 },
  ]);
  expect(bp.stub.requests.map((r) => r.query)).toEqual(
    ['1', '3'].map((firstResult) => ({
      orderTypeId: '1',
      updatedOn: '2026-04-03T00:00:00Z/',
      pageSize: '500',
      firstResult,
    })),
  );
});

test('refuses a since without an offset (Brightpearl would read it in account time)', async () => {
  await expect(
    bp.client.searchSalesOrderStatuses({ updatedSince: '2026-04-03T00:00:00' }),
  ).rejects.toBeInstanceOf(BrightpearlValidationError);
  expect(bp.stub.requests).toHaveLength(0);
});
