import { createBrightpearlClient } from './client';
import { BrightpearlServerError } from './errors';
import { startStub } from './test-support/stub-server';
import type { Stub } from './test-support/stub-server';
import type { BrightpearlClient, MultiMessageRequest } from './types';

/** A real client over HTTP whose /multi-message is down until `multiDown` is cleared. */
let stub: Stub;
let client: BrightpearlClient;
let multiDown: boolean;
let now: number;
let nextId: number;

const address = (line: string) => ({ addressLine1: line, countryIsoCode: 'GBR' });
const message = (label: string, line: string): MultiMessageRequest => ({
  label,
  uri: '/contact-service/postal-address',
  httpMethod: 'POST',
  body: address(line),
});

beforeAll(async () => {
  stub = await startStub((router) => {
    router.post('/multi-message', (req, res) => {
      if (multiDown) return void res.status(500).json({ errors: [{ code: 'CMNC-500' }] });
      const messages = (req.body as { messages: Array<{ label: string }> }).messages;
      const processedMessages = messages.map(({ label }) => ({
        label,
        statusCode: 200,
        body: { content: JSON.stringify({ response: nextId++ }) },
      }));
      res.json({ response: { processedMessages, unprocessedMessages: [] } });
    });
    router.post('/contact-service/postal-address', (req, res) => {
      if ((req.body as { addressLine1?: string }).addressLine1 === 'bad') {
        return void res.status(400).json({ errors: [{ code: 'CNTC-001', message: 'no' }] });
      }
      res.json({ response: nextId++ });
    });
  });
});
afterAll(() => stub.close());

beforeEach(() => {
  multiDown = true;
  now = 0;
  nextId = 1;
  client = createBrightpearlClient({
    baseUrl: stub.baseUrl,
    auth: { mode: 'account-token', appRef: 'app', accountToken: 'token' },
    writeBatching: { coolDownMs: 60_000, now: () => now },
  });
  stub.requests.length = 0;
});

const paths = () => stub.requests.map((r) => r.url);

test('multiMessage during an outage: the failure trips the fallback, then single calls stand in', async () => {
  await expect(
    client.multiMessage([message('a', '1 A St'), message('b', '2 B St')], { onFail: 'CONTINUE' }),
  ).rejects.toBeInstanceOf(BrightpearlServerError);
  stub.requests.length = 0;
  const results = await client.multiMessage(
    [message('a', '1 A St'), message('b', 'bad'), message('c', '3 C St')],
    { onFail: 'CONTINUE' },
  );
  expect(paths()).toEqual(Array(3).fill('/contact-service/postal-address'));
  expect(results).toEqual([
    { label: 'a', statusCode: 200, response: 1, processed: true },
    {
      label: 'b',
      statusCode: 400,
      errors: [{ code: 'CNTC-001', message: 'no' }],
      processed: true,
    },
    { label: 'c', statusCode: 200, response: 2, processed: true },
  ]);
});

test('STOP while falling back: nothing after the first failure is sent', async () => {
  await client.multiMessage([message('a', 'x'), message('b', 'y')]).catch(() => undefined);
  stub.requests.length = 0;
  const results = await client.multiMessage([message('a', 'bad'), message('b', '2 B St')]);
  expect(paths()).toHaveLength(1);
  expect(results.map((r) => [r.label, r.statusCode, r.processed])).toEqual([
    ['a', 400, true],
    ['b', 0, false],
  ]);
});

test('the batcher and multiMessage share one view: creates go singly, then batch again', async () => {
  await client.multiMessage([message('a', 'x'), message('b', 'y')]).catch(() => undefined);
  stub.requests.length = 0;
  const during = await Promise.all([
    client.createPostalAddress(address('1 A St')),
    client.createPostalAddress(address('2 B St')),
  ]);
  expect(during).toEqual([1, 2]);
  expect(paths()).toEqual(Array(2).fill('/contact-service/postal-address'));

  multiDown = false;
  now = 60_001;
  stub.requests.length = 0;
  const after = await Promise.all([
    client.createPostalAddress(address('3 C St')),
    client.createPostalAddress(address('4 D St')),
  ]);
  expect(after).toEqual([3, 4]);
  expect(paths()).toEqual(['/multi-message']);
});
