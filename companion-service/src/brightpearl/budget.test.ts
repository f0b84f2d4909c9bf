import { THROTTLE_MESSAGE } from '@bpkc/shared-types';

import { PRIORITY } from './budget';
import { createBrightpearlClient } from './client';
import { BrightpearlThrottledError } from './errors';
import { searchBody } from './test-support/search-body';
import { setBudgetHeaders, startStub } from './test-support/stub-server';
import type { Stub, StubOptions } from './test-support/stub-server';
import type { CallInfo } from './types';

const AUTH = { mode: 'account-token', appRef: 'app', accountToken: 'token' } as const;
const PRODUCT_COLUMNS = ['SKU', 'productId'];

let stub: Stub | undefined;
afterEach(() => stub?.close());

/** A product search that answers every SKU; `throttleFirst` requests get a throttle 503. */
async function productStub(options: StubOptions & { throttleFirst?: number } = {}): Promise<Stub> {
  let toThrottle = options.throttleFirst ?? 0;
  stub = await startStub((router) => {
    router.get('/product-service/product-search', (req, res) => {
      if (toThrottle-- > 0) {
        setBudgetHeaders(res, { remaining: 0, nextMs: 50 });
        res.status(503).json({ response: THROTTLE_MESSAGE });
        return;
      }
      const rows = [{ productId: 1, SKU: req.query.SKU }];
      res.json(searchBody({ columns: PRODUCT_COLUMNS, rows }));
    });
  }, options);
  return stub;
}

test('a throttle 503 waits next-throttle-period and retries; not surfaced', async () => {
  const server = await productStub({ throttleFirst: 2 });
  const calls: CallInfo[] = [];
  const client = createBrightpearlClient({ baseUrl: server.baseUrl, auth: AUTH });
  await expect(
    client.findProductIdBySku('A', { onCall: (info) => calls.push(info) }),
  ).resolves.toBe(1);
  expect(calls.map((c) => [c.status, c.throttled])).toEqual([
    [503, true],
    [503, true],
    [200, false],
  ]);
  expect(client.stats()).toMatchObject({ callsMade: 3, throttled: 2 });
});

test('gives up with a retryable BrightpearlThrottledError after maxThrottleRetries', async () => {
  const server = await productStub({ throttleFirst: 100 });
  const client = createBrightpearlClient({
    baseUrl: server.baseUrl,
    auth: AUTH,
    maxThrottleRetries: 2,
  });
  const error = await client.findProductIdBySku('A').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BrightpearlThrottledError);
  expect(error).toMatchObject({ retryable: true, status: 503, attempts: 3 });
  expect(server.requests).toHaveLength(3);
});

test('the pacer keeps to a real cap without a single 503', async () => {
  const server = await productStub({ cap: { limit: 5, windowMs: 300 } });
  const client = createBrightpearlClient({
    baseUrl: server.baseUrl,
    auth: AUTH,
    requestCap: 5,
    windowMs: 300,
  });
  const skus = Array.from({ length: 12 }, (_, i) => `S-${i}`);
  await expect(
    Promise.all(skus.map((sku) => client.findProductIdBySku(sku))),
  ).resolves.toHaveLength(12);
  expect(server.throttled()).toBe(0);
  expect(server.requests).toHaveLength(12);
  expect(client.stats()).toMatchObject({ callsMade: 12, throttled: 0 });
  expect(client.stats()).toMatchObject({ accountCap: 5, allowance: 5 });
  expect(client.stats().requestsRemaining).not.toBeNull();
});

test('budgetShare caps our use of each period below the account cap', async () => {
  const server = await productStub({ cap: { limit: 10, windowMs: 300 } });
  const client = createBrightpearlClient({
    baseUrl: server.baseUrl,
    auth: AUTH,
    requestCap: 10,
    budgetShare: 0.3,
    windowMs: 300,
  });
  await Promise.all(Array.from({ length: 6 }, (_, i) => client.findProductIdBySku(`S-${i}`)));
  // Each answer says what was left in its window: we never spent more than 3 of the 10.
  expect(server.requests).toHaveLength(6);
  expect(Math.min(...server.requests.map((r) => r.remaining))).toBe(7);
  expect(server.throttled()).toBe(0);
});

test('a queued interactive call runs before queued catalog calls', async () => {
  // A window long enough that the queue is built before the first period ends, even on a busy machine.
  const server = await productStub({ cap: { limit: 1, windowMs: 1_000 } });
  const client = createBrightpearlClient({
    baseUrl: server.baseUrl,
    auth: AUTH,
    requestCap: 1,
    windowMs: 1_000,
  });
  await client.findProductIdBySku('first'); // spends the period: everything below queues
  const catalog = ['c1', 'c2', 'c3'].map((sku) =>
    client.findProductIdBySku(sku, { priority: PRIORITY.catalog }),
  );
  const interactive = client.findProductIdBySku('resend', { priority: PRIORITY.interactive });
  await Promise.all([...catalog, interactive]);
  expect(server.requests.map((r) => r.query.SKU)).toEqual(['first', 'resend', 'c1', 'c2', 'c3']);
  expect(server.throttled()).toBe(0);
});
