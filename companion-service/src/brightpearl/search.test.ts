import { createBrightpearlClient } from './client';
import { BrightpearlProtocolError } from './errors';
import { searchBody } from './test-support/search-body';
import { startStub } from './test-support/stub-server';
import type { Stub } from './test-support/stub-server';

let stub: Stub;

beforeAll(async () => {
  // Claims more pages but returns no rows: the walk cannot advance.
  stub = await startStub((router) => {
    router.get('/contact-service/contact-search', (_req, res) => {
      res.json(searchBody({ columns: ['contactId'], rows: [], morePagesAvailable: true }));
    });
  });
});
afterAll(() => stub.close());

test('a search whose paging does not advance is a protocol error, not an endless loop', async () => {
  const client = createBrightpearlClient({
    baseUrl: stub.baseUrl,
    auth: { mode: 'account-token', appRef: 'app', accountToken: 'token' },
  });
  await expect(client.searchContactsUpdatedSince('2026-01-01T00:00:00Z')).rejects.toBeInstanceOf(
    BrightpearlProtocolError,
  );
  expect(stub.requests).toHaveLength(1);
});
