import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';

import type { Express } from 'express';

import { hardenedTestApp } from './test-app';

/** Long header and request timeouts: a late 408 would mean the body was waited for. */
async function listen(app: Express): Promise<Server> {
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 60_000 }, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Sends raw bytes and resolves with everything the server wrote back before it closed. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    // The body is promised but never sent: only an early answer can end this exchange.
    socket.write(bytes);
  });
}

const head = (path: string) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
  `Content-Length: 100000000000\r\n\r\n{`;

describe('a body declared larger than the route accepts', () => {
  it.each([
    ['a Kentico event', '/webhooks/kentico', 65536],
    ['a Brightpearl webhook', '/webhooks/brightpearl/1/some-token', 262144],
    ['an admin API', '/api/v1/mappings', 262144],
    ['any other', '/healthz', 262144],
  ])(
    'is answered 413 and the connection closed, without reading it (%s)',
    async (_what, path, max) => {
      const server = await listen(hardenedTestApp({ mode: 'live' }));
      try {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const answer = await rawExchange(port, head(path));
        expect(answer).toMatch(/^HTTP\/1\.1 413 /);
        expect(answer).toMatch(/connection: close/i);
        expect(answer).toContain(`declared as 100000000000 bytes; at most ${max} accepted`);
      } finally {
        server.close();
      }
    },
  );

  it('lets a body within the limit through to the route', async () => {
    const server = await listen(hardenedTestApp({ mode: 'live' }));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const body = '{"x":1}';
      const answer = await rawExchange(
        port,
        `POST /webhooks/kentico HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      // Unsigned: the route itself refuses it, so the size check let it pass.
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    } finally {
      server.close();
    }
  });
});
