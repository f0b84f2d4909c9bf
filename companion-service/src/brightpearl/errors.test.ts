import { THROTTLE_MESSAGE } from '@bpkc/shared-types';

import { createBrightpearlClient } from './client';
import {
  BrightpearlAuthError,
  BrightpearlNetworkError,
  BrightpearlProtocolError,
  BrightpearlServerError,
  BrightpearlValidationError,
} from './errors';
import { startStub } from './test-support/stub-server';
import type { Stub } from './test-support/stub-server';
import type { BrightpearlClient } from './types';

const ORDER = {
  customer: { id: 11 },
  rows: [{ name: 'Widget', quantity: '1', taxCode: 'T20', net: '10', tax: '2' }],
};
const TOKEN = 'super-secret-token';

let stub: Stub;
let client: BrightpearlClient;
let answer: { status: number; body: unknown } | 'hang-up';

beforeAll(async () => {
  stub = await startStub((router) => {
    router.all('/{*path}', (req, res) => {
      if (answer === 'hang-up') {
        req.socket.destroy();
        return;
      }
      res.status(answer.status).json(answer.body);
    });
  });
  client = createBrightpearlClient({
    baseUrl: stub.baseUrl,
    auth: { mode: 'account-token', appRef: 'app', accountToken: TOKEN },
    throttleJitterMs: 0,
  });
});
afterAll(() => stub.close());

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

test('400 is a permanent validation error that keeps every Brightpearl error', async () => {
  const errors = [
    { code: 'ORDC-005', message: 'You have not supplied an order type code' },
    { code: 'ORDC-006', message: 'Invalid order type code' },
  ];
  answer = { status: 400, body: { errors } };
  const error = await failure(() => client.createSalesOrder(ORDER));
  expect(error).toBeInstanceOf(BrightpearlValidationError);
  expect(error).toMatchObject({
    retryable: false,
    status: 400,
    code: 'ORDC-005',
    endpoint: 'POST /order-service/sales-order',
    errors,
    local: false,
  });
});

test('500 CMNC-018 (bad search filter) is permanent too', async () => {
  answer = { status: 500, body: { errors: [{ code: 'CMNC-018', message: 'cannot be parsed' }] } };
  const error = await failure(() => client.findProductIdBySku('x'));
  expect(error).toBeInstanceOf(BrightpearlValidationError);
  expect(error).toMatchObject({ retryable: false, status: 500, code: 'CMNC-018' });
});

test('401 is a retryable auth error whose message never carries the token', async () => {
  answer = { status: 401, body: { response: `Invalid instance token: ${TOKEN}` } };
  const error = await failure(() => client.findOrderIdsByExternalRef('x'));
  expect(error).toBeInstanceOf(BrightpearlAuthError);
  expect(error).toMatchObject({ retryable: true, status: 401 });
  expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(TOKEN);
});

test.each([
  [503, { response: 'Service temporarily unavailable for maintenance' }],
  [502, '<html>Bad gateway</html>'],
  [500, { errors: [{ code: 'CMNU-003', message: 'Internal Server Error' }] }],
])(
  '%s without the throttle text is a retryable server error, not retried here',
  async (status, body) => {
    const before = stub.requests.length;
    answer = { status, body };
    const error = await failure(() => client.getOrders([1]));
    expect(error).toBeInstanceOf(BrightpearlServerError);
    expect(error).toMatchObject({ retryable: true, status });
    expect(stub.requests.length - before).toBe(1);
    expect(THROTTLE_MESSAGE).toMatch(/too many requests/i);
  },
);

test('a body that does not match the schema is a permanent protocol error', async () => {
  answer = { status: 200, body: { response: 'not-an-id' } };
  const error = await failure(() => client.createSalesOrder(ORDER));
  expect(error).toBeInstanceOf(BrightpearlProtocolError);
  expect(error).toMatchObject({ retryable: false, status: 200 });
});

test('a dropped connection on a write is an ambiguous network error', async () => {
  answer = 'hang-up';
  const post = await failure(() => client.createSalesOrder(ORDER));
  expect(post).toBeInstanceOf(BrightpearlNetworkError);
  expect(post).toMatchObject({
    retryable: true,
    ambiguous: true,
    endpoint: 'POST /order-service/sales-order',
  });
  const get = await failure(() => client.getOrders([1]));
  expect(get).toMatchObject({ retryable: true, ambiguous: false });
});

test('a refused connection is not ambiguous: the write never left', async () => {
  const closed = await startStub(() => undefined);
  await closed.close();
  const offline = createBrightpearlClient({
    baseUrl: closed.baseUrl,
    auth: { mode: 'account-token', appRef: 'app', accountToken: TOKEN },
  });
  const error = await failure(() => offline.createSalesOrder(ORDER));
  expect(error).toBeInstanceOf(BrightpearlNetworkError);
  expect(error).toMatchObject({ code: 'ECONNREFUSED', ambiguous: false });
  expect(offline.stats().callsMade).toBe(1);
});
