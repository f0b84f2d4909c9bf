import { createBrightpearlClient } from './client';
import { BrightpearlAuthError } from './errors';
import { useAccountStub } from './test-support/account-stub';

const account = useAccountStub();

test('sends the private-app headers', async () => {
  await account.client.findOrderIdsByExternalRef('x');
  const headers = account.stub.requests[0]?.headers;
  expect(headers?.['brightpearl-app-ref']).toBe('app');
  expect(headers?.['brightpearl-account-token']).toBe('secret-token');
  expect(headers?.authorization).toBeUndefined();
});

test('sends the OAuth headers, resolving the token on every call', async () => {
  let version = 0;
  const client = createBrightpearlClient({
    baseUrl: account.stub.baseUrl,
    auth: {
      mode: 'oauth',
      appRef: 'app',
      devRef: 'dev',
      accessToken: async () => `tok-${++version}`,
    },
  });
  await client.findOrderIdsByExternalRef('x');
  await client.findOrderIdsByExternalRef('x');
  const [first, second] = account.stub.requests.map((r) => r.headers);
  expect(first?.authorization).toBe('Bearer tok-1');
  expect(second?.authorization).toBe('Bearer tok-2');
  expect(first?.['brightpearl-app-ref']).toBe('app');
  expect(first?.['brightpearl-dev-ref']).toBe('dev');
  expect(first?.['brightpearl-account-token']).toBeUndefined();
});

test('a token provider that fails is a retryable auth error', async () => {
  const client = createBrightpearlClient({
    baseUrl: account.stub.baseUrl,
    auth: {
      mode: 'oauth',
      appRef: 'app',
      devRef: 'dev',
      accessToken: () => Promise.reject(new Error('refresh failed')),
    },
  });
  await expect(client.findOrderIdsByExternalRef('x')).rejects.toBeInstanceOf(BrightpearlAuthError);
  expect(account.stub.requests).toHaveLength(0);
});
