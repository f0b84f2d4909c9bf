import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';

import express from 'express';

import { DEFAULT_TIMEOUTS } from '../config/http-settings';
import { checkIntervalMs, listen, ListenError, serverUrl } from './listen';

/** A port some other program holds. */
async function occupiedPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

describe('listen', () => {
  it('rejects naming PORT and HOST when the port is already in use', async () => {
    const other = await occupiedPort();
    try {
      const attempt = listen(express(), { host: '127.0.0.1', port: other.port });
      await expect(attempt).rejects.toBeInstanceOf(ListenError);
      await expect(attempt).rejects.toThrow(
        `Cannot listen on 127.0.0.1:${other.port} (the port is already in use): set PORT (and HOST)`,
      );
      await expect(attempt).rejects.toMatchObject({ code: 'EADDRINUSE', retryable: false });
    } finally {
      other.server.close();
    }
  });

  it('resolves with the listening server and its real port', async () => {
    const server = await listen(express(), { host: '127.0.0.1', port: 0 });
    try {
      expect(serverUrl(server, '127.0.0.1')).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    } finally {
      server.close();
    }
  });
});

describe('listen: server timeouts', () => {
  it('sets headers, request and keep-alive timeouts explicitly (defaults and from settings)', async () => {
    const server = await listen(express(), { host: '127.0.0.1', port: 0 });
    const tuned = await listen(
      express(),
      { host: '127.0.0.1', port: 0 },
      { headersMs: 5_000, requestMs: 7_000, keepAliveMs: 250_000 },
    );
    try {
      expect(server.headersTimeout).toBe(DEFAULT_TIMEOUTS.headersMs);
      expect(server.requestTimeout).toBe(DEFAULT_TIMEOUTS.requestMs);
      // Above App Service's 230 s front-end idle, so the front end closes idle sockets first.
      expect(server.keepAliveTimeout).toBeGreaterThan(230_000);
      expect(tuned).toMatchObject({
        headersTimeout: 5_000,
        requestTimeout: 7_000,
        keepAliveTimeout: 250_000,
      });
    } finally {
      server.close();
      tuned.close();
    }
  });
});

describe('listen: slow senders are swept often', () => {
  it('sweeps connections every tenth of the header timeout, between 1 and 5 s', () => {
    expect(checkIntervalMs({ ...DEFAULT_TIMEOUTS, headersMs: 20_000 })).toBe(2_000);
    expect(checkIntervalMs({ ...DEFAULT_TIMEOUTS, headersMs: 5_000 })).toBe(1_000);
    expect(checkIntervalMs({ ...DEFAULT_TIMEOUTS, headersMs: 600_000 })).toBe(5_000);
  });

  it('closes a connection whose headers never finish (with the short sweep, not Node’s 30 s)', async () => {
    const server = await listen(
      express(),
      { host: '127.0.0.1', port: 0 },
      { headersMs: 1_000, requestMs: 1_000, keepAliveMs: 5_000 },
    );
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const socket = connect(port, '127.0.0.1');
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
      const answer = await new Promise<string>((resolve) => {
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.on('close', () => resolve(text));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      server.close();
    }
    // Generous for a loaded machine; with the 30 s default sweep it could not close in time.
  }, 20_000);
});
