import { BrightpearlValidationError } from './errors';
import { CATALOG, useAccountStub } from './test-support/account-stub';

const account = useAccountStub();

test('finds a product id by SKU, URL-encoding "&"', async () => {
  const { client } = account;
  await expect(client.findProductIdBySku('A&B 1')).resolves.toBe(42);
  expect(account.stub.requests[0]?.url).toContain('SKU=A%26B');
  await expect(client.findProductIdBySku('P-3')).resolves.toBe(102);
  await expect(client.findProductIdBySku('NOPE')).resolves.toBeNull();
});

test('walks the catalog page by page', async () => {
  const skus: string[] = [];
  let firstResult: number | null = 1;
  while (firstResult !== null) {
    const page = await account.client.searchProducts({ firstResult, pageSize: 2 });
    skus.push(...page.rows.map((row) => row.sku));
    expect(page.morePagesAvailable).toBe(page.nextFirstResult !== null);
    firstResult = page.nextFirstResult;
  }
  expect(skus).toEqual(CATALOG.map((p) => p.SKU));
  expect(account.stub.requests.map((r) => r.query.firstResult)).toEqual(['1', '3', '5']);
});

test('refuses a page size over 500 without calling', async () => {
  await expect(
    account.client.searchProducts({ firstResult: 1, pageSize: 501 }),
  ).rejects.toBeInstanceOf(BrightpearlValidationError);
  expect(account.stub.requests).toHaveLength(0);
});

test('catch-up sweeps filter on updatedOn as an open-ended PERIOD', async () => {
  const updatedSince = '2026-07-01T00:00:00+02:00';
  await account.client.searchProducts({ firstResult: 1, pageSize: 100, updatedSince });
  const [request] = account.stub.requests;
  expect(request?.query.updatedOn).toBe('2026-07-01T00:00:00+02:00/');
  // "+" must travel encoded, or the server reads it as a space.
  expect(request?.url).toContain('updatedOn=2026-07-01T00%3A00%3A00%2B02%3A00%2F');
  await expect(
    account.client.searchProducts({ firstResult: 1, pageSize: 100, updatedSince: '2026-07-01' }),
  ).rejects.toBeInstanceOf(BrightpearlValidationError);
  expect(account.stub.requests).toHaveLength(1);
});
