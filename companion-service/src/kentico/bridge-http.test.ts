import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createBridgeHttp } from './bridge-http';

/** The queue dead-letters a permanent error at once, so each status must be classed right. */
describe('Kentico bridge error classes', () => {
  let server: Server;
  let bridgeUrl: string;

  beforeAll(async () => {
    // Answers with the status named by the path: /status/429 → 429.
    server = createServer((request, response) => {
      response.statusCode = Number(request.url?.split('/').pop());
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    bridgeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const classOf = async (status: number): Promise<boolean> => {
    const http = createBridgeHttp({ bridgeUrl, sharedSecret: 'secret' });
    const call = http.call({ method: 'GET', path: `/status/${status}`, what: 'a test call' });
    const error = await call.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    return (error as { retryable?: boolean }).retryable === true;
  };

  it.each([401, 403, 408, 429, 500, 503])('retries a %i', async (status) => {
    expect(await classOf(status)).toBe(true);
  });

  it.each([400, 404, 409, 422])('gives up on a %i', async (status) => {
    expect(await classOf(status)).toBe(false);
  });
});
