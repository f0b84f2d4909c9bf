import { createBrightpearlClient } from './client';
import { BrightpearlProtocolError, BrightpearlValidationError } from './errors';
import { startStub } from './test-support/stub-server';
import type { Stub } from './test-support/stub-server';
import type { BrightpearlClient, MultiMessageRequest } from './types';

const message = (label: string): MultiMessageRequest => ({
  label,
  uri: '/contact-service/postal-address',
  httpMethod: 'POST',
  body: { addressLine1: label, countryIsoCode: 'GBR' },
});

let stub: Stub;
let client: BrightpearlClient;
let answer: { status: number; body: unknown };

beforeAll(async () => {
  stub = await startStub((router) => {
    router.post('/multi-message', (_req, res) => res.status(answer.status).json(answer.body));
  });
  client = createBrightpearlClient({
    baseUrl: stub.baseUrl,
    auth: { mode: 'account-token', appRef: 'app', accountToken: 'token' },
  });
});
afterAll(() => stub.close());

test('parses a 207 with processed, failed and unprocessed messages', async () => {
  answer = {
    status: 207,
    body: {
      response: {
        processedMessages: [
          { label: 'a1', statusCode: 200, body: { content: '{"response":111}' } },
          {
            label: 'a2',
            statusCode: 400,
            body: {
              content: '{"errors":[{"code":"PRDC-024","message":"Brand name is required"}]}',
            },
          },
        ],
        unprocessedMessages: ['a3'],
      },
    },
  };
  const results = await client.multiMessage([message('a1'), message('a2'), message('a3')], {
    onFail: 'STOP',
  });
  expect(results).toEqual([
    { label: 'a1', statusCode: 200, response: 111, processed: true },
    {
      label: 'a2',
      statusCode: 400,
      errors: [{ code: 'PRDC-024', message: 'Brand name is required' }],
      processed: true,
    },
    { label: 'a3', statusCode: 0, processed: false },
  ]);
  expect(stub.requests.at(-1)?.body).toMatchObject({
    processingMode: 'SEQUENTIAL',
    onFail: 'STOP',
    messages: [{ label: 'a1' }, { label: 'a2' }, { label: 'a3' }],
  });
});

test('accepts an empty inner body (e.g. a PUT answering {})', async () => {
  answer = {
    status: 200,
    body: {
      response: {
        processedMessages: [
          { label: 'b1', statusCode: 200, body: { content: '{}' } },
          { label: 'b2', statusCode: 200, body: { content: '' } },
        ],
        unprocessedMessages: [],
      },
    },
  };
  const results = await client.multiMessage([message('b1'), message('b2')]);
  expect(results.map((r) => [r.statusCode, r.processed, r.response])).toEqual([
    [200, true, undefined],
    [200, true, undefined],
  ]);
});

test('an inner body that is not JSON is a protocol error', async () => {
  answer = {
    status: 200,
    body: {
      response: {
        processedMessages: [
          { label: 'c1', statusCode: 200, body: { content: '<html>' } },
          { label: 'c2', statusCode: 200, body: { content: '{}' } },
        ],
      },
    },
  };
  await expect(client.multiMessage([message('c1'), message('c2')])).rejects.toBeInstanceOf(
    BrightpearlProtocolError,
  );
});

test('refuses fewer than 2, more than 10, or duplicate labels without calling', async () => {
  const sent = stub.requests.length;
  const eleven = Array.from({ length: 11 }, (_, i) => message(`m${i}`));
  for (const batch of [[message('x')], eleven, [message('d'), message('d')]]) {
    await expect(client.multiMessage(batch)).rejects.toBeInstanceOf(BrightpearlValidationError);
  }
  expect(stub.requests).toHaveLength(sent);
});
