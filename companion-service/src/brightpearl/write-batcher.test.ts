import {
  BrightpearlNetworkError,
  BrightpearlServerError,
  BrightpearlThrottledError,
  BrightpearlValidationError,
} from './errors';
import type { TransportRequest } from './http';
import { gatedTransport, multiAnswer } from './test-support/gated-transport';
import type { GatedTransport } from './test-support/gated-transport';
import { createWriteBatcher } from './write-batcher';
import type { WriteBatcher } from './write-batcher';
import { OUTCOME_UNKNOWN_CODE } from './write-batch-outcome';
import type { CallInfo } from './types';

interface Message {
  label: string;
  uri: string;
  body: { n: number };
}
const messagesOf = (request: TransportRequest): Message[] =>
  (request.body as { messages: Message[] }).messages;

/** Brightpearl creating each message's record with id 1000 + n, except the ones in `refuse`. */
const createEach =
  (refuse: number[] = []) =>
  (request: TransportRequest) => {
    if (request.path !== '/multi-message') {
      return { status: 200, body: { response: 1000 + (request.body as { n: number }).n } };
    }
    return multiAnswer(
      messagesOf(request).map(({ label, body }) =>
        refuse.includes(body.n)
          ? { label, statusCode: 400, body: { errors: [{ code: 'ORDC-005', message: 'bad' }] } }
          : { label, statusCode: 200, body: { response: 1000 + body.n } },
      ),
    );
  };

const create = (batcher: WriteBatcher, n: number, onCall?: (info: CallInfo) => void) =>
  batcher.send({
    method: 'POST',
    endpoint: 'POST /order-service/sales-order',
    path: '/order-service/sales-order',
    body: { n },
    call: { priority: 3, onCall },
  });

const ids = (responses: Array<{ body: unknown }>) =>
  responses.map((r) => (r.body as { response: number }).response);

let transport: GatedTransport;
let now: number;
let batcher: WriteBatcher;

beforeEach(() => {
  transport = gatedTransport();
  transport.answer = createEach();
  now = 0;
  batcher = createWriteBatcher(transport, { coolDownMs: 60_000, now: () => now });
});

/** Lets the batcher run its microtasks between grants. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

test('idle budget: a lone create goes at once as its plain single call', async () => {
  transport.idle = true;
  const response = await create(batcher, 1);
  expect(ids([response])).toEqual([1001]);
  expect(transport.sent.map((r) => r.path)).toEqual(['/order-service/sales-order']);
  expect(batcher.stats()).toMatchObject({ singles: 1, batches: 0 });
});

test('backlog: creates waiting for one slot go as one multi-message of at most ten', async () => {
  const pending = Array.from({ length: 12 }, (_, n) => create(batcher, n));
  // Ten fill the first batch; the eleventh opened a second one: two slots asked for, not twelve.
  expect(transport.waiting()).toBe(2);
  await transport.grant();
  await transport.grant();
  expect(ids(await Promise.all(pending))).toEqual(Array.from({ length: 12 }, (_, n) => 1000 + n));
  const [first, second] = transport.sent;
  expect(first?.path).toBe('/multi-message');
  expect(first?.body).toMatchObject({ processingMode: 'SEQUENTIAL', onFail: 'CONTINUE' });
  expect(messagesOf(first!).map((m) => m.body.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(messagesOf(first!)[0]).toMatchObject({ uri: '/order-service/sales-order' });
  expect(messagesOf(second!).map((m) => m.body.n)).toEqual([10, 11]);
  expect(batcher.stats()).toMatchObject({ batches: 2, batchedMessages: 12, singles: 0 });
});

test('the batch request is counted once, on the meter of the write that opened it', async () => {
  const counts = [0, 0, 0];
  const pending = counts.map((_, n) => create(batcher, n, () => (counts[n] = counts[n]! + 1)));
  await transport.grant();
  await Promise.all(pending);
  expect(transport.sent[0]?.call?.onCall).toBeDefined();
  transport.sent[0]?.call?.onCall?.({
    endpoint: 'x',
    status: 200,
    durationMs: 1,
    throttled: false,
  });
  expect(counts).toEqual([1, 0, 0]);
});

test('one refused message fails its own caller with the single call error, not its neighbours', async () => {
  transport.answer = createEach([1]);
  const pending = [0, 1, 2].map((n) => create(batcher, n));
  await transport.grant();
  const [a, b, c] = await Promise.allSettled(pending);
  expect(a).toMatchObject({ status: 'fulfilled', value: { body: { response: 1000 } } });
  expect(c).toMatchObject({ status: 'fulfilled', value: { body: { response: 1002 } } });
  expect(b?.status).toBe('rejected');
  const error = (b as PromiseRejectedResult).reason as BrightpearlValidationError;
  expect(error).toBeInstanceOf(BrightpearlValidationError);
  expect(error).toMatchObject({ endpoint: 'POST /order-service/sales-order', code: 'ORDC-005' });
  expect(batcher.stats().fallbackTrips).toBe(0);
});

test('a 5xx on the whole request: outcome unknown for each message, like a single timeout', async () => {
  transport.answer = (request) => {
    if (request.path === '/multi-message') {
      throw new BrightpearlServerError({ endpoint: 'POST /multi-message', status: 502 });
    }
    return createEach()(request);
  };
  const pending = [0, 1].map((n) => create(batcher, n));
  await transport.grant();
  for (const result of await Promise.allSettled(pending)) {
    const error = (result as PromiseRejectedResult).reason as BrightpearlNetworkError;
    expect(error).toBeInstanceOf(BrightpearlNetworkError);
    expect(error).toMatchObject({ ambiguous: true, retryable: true, code: OUTCOME_UNKNOWN_CODE });
    expect(error.endpoint).toBe('POST /order-service/sales-order');
  }
});

test('an unprocessed label is outcome unknown for that message only', async () => {
  transport.answer = (request) => {
    const [done, skipped] = messagesOf(request);
    return multiAnswer(
      [{ label: done!.label, statusCode: 200, body: { response: 7 } }],
      [skipped!.label],
    );
  };
  const pending = Promise.allSettled([0, 1].map((n) => create(batcher, n)));
  await transport.grant();
  const [done, skipped] = await pending;
  expect(done).toMatchObject({ status: 'fulfilled', value: { body: { response: 7 } } });
  expect((skipped as PromiseRejectedResult).reason).toMatchObject({
    ambiguous: true,
    code: OUTCOME_UNKNOWN_CODE,
  });
});

test('a throttled multi-message is a throttle for each message and keeps batching on', async () => {
  transport.answer = () => {
    throw new BrightpearlThrottledError({ endpoint: 'POST /multi-message', attempts: 21 });
  };
  const pending = [0, 1].map((n) => create(batcher, n));
  await transport.grant();
  for (const result of await Promise.allSettled(pending)) {
    expect((result as PromiseRejectedResult).reason).toBeInstanceOf(BrightpearlThrottledError);
  }
  expect(batcher.stats().fallbackTrips).toBe(0);
});

test('after a multi-message outage: single calls during the cool-down, batching again after', async () => {
  let multiDown = true;
  transport.answer = (request) => {
    if (request.path === '/multi-message' && multiDown) {
      throw new BrightpearlServerError({ endpoint: 'POST /multi-message', status: 500 });
    }
    return createEach()(request);
  };
  const failed = [0, 1].map((n) => create(batcher, n));
  await transport.grant();
  await Promise.allSettled(failed);
  expect(batcher.stats()).toMatchObject({ fallbackTrips: 1, fallbackUntil: 60_000 });

  // Cool-down: three waiting creates ask for three slots and go as three single calls.
  transport.sent.length = 0;
  const during = [2, 3, 4].map((n) => create(batcher, n));
  expect(transport.waiting()).toBe(3);
  for (let i = 0; i < 3; i++) await transport.grant();
  expect(ids(await Promise.all(during))).toEqual([1002, 1003, 1004]);
  expect(transport.sent.map((r) => r.path)).toEqual(Array(3).fill('/order-service/sales-order'));

  // Recovered and cooled down: batching again.
  multiDown = false;
  now = 60_001;
  transport.sent.length = 0;
  const after = [5, 6].map((n) => create(batcher, n));
  await transport.grant();
  expect(ids(await Promise.all(after))).toEqual([1005, 1006]);
  expect(transport.sent.map((r) => r.path)).toEqual(['/multi-message']);
});

test('a multi-message refused as a whole (4xx, nothing ran) is resent as single calls now', async () => {
  transport.answer = (request) => {
    if (request.path === '/multi-message') {
      throw new BrightpearlValidationError({
        endpoint: 'POST /multi-message',
        status: 400,
        errors: [{ code: 'CMNC-400', message: 'bad envelope' }],
      });
    }
    return createEach()(request);
  };
  const pending = [0, 1].map((n) => create(batcher, n));
  await transport.grant();
  await settle();
  expect(transport.waiting()).toBe(2);
  await transport.grant();
  await transport.grant();
  expect(ids(await Promise.all(pending))).toEqual([1000, 1001]);
  expect(batcher.stats().fallbackTrips).toBe(1);
});

test('writes of different priorities never share a batch', async () => {
  const orders = create(batcher, 0);
  const resend = batcher.send({
    method: 'POST',
    endpoint: 'POST /order-service/sales-order',
    path: '/order-service/sales-order',
    body: { n: 1 },
    call: { priority: 1 },
  });
  expect(transport.waiting()).toBe(2);
  await transport.grant();
  await transport.grant();
  expect(ids(await Promise.all([orders, resend]))).toEqual([1000, 1001]);
  expect(transport.sent.map((r) => r.call?.priority)).toEqual([3, 1]);
});
