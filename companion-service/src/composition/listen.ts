import { createServer, type Server } from 'node:http';

import type { Express } from 'express';

import { DEFAULT_TIMEOUTS, type HttpTimeouts } from '../config/http-settings';

/** The companion could not serve HTTP at its configured address: the process cannot work. */
export class ListenError extends Error {
  override readonly name = 'ListenError';
  /** Another start on the same address fails the same way until the setting changes. */
  readonly retryable = false;

  constructor(
    readonly address: { host: string; port: number },
    readonly code: string | undefined,
  ) {
    super(
      `Cannot listen on ${address.host}:${address.port} (${describe(code)}): ` +
        'set PORT (and HOST) to a free address',
    );
  }
}

function describe(code: string | undefined): string {
  if (code === 'EADDRINUSE') return 'the port is already in use';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EADDRNOTAVAIL') return 'the host is not an address of this machine';
  return code ?? 'unknown error';
}

/**
 * Starts serving and resolves with the server once it listens; rejects with a ListenError
 * naming PORT/HOST when it cannot (Express's listen() alone would leave the error unheard and
 * the companion running without its webhooks and admin API).
 */
export function listen(
  app: Express,
  address: { host: string; port: number },
  timeouts: HttpTimeouts = DEFAULT_TIMEOUTS,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    // The check interval can only be given when the server is created (not by app.listen).
    const server = createServer({ connectionsCheckingInterval: checkIntervalMs(timeouts) }, app);
    applyTimeouts(server, timeouts);
    server.listen(address.port, address.host);
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listening);
      reject(new ListenError(address, error.code));
    };
    const listening = () => {
      server.off('error', failed);
      resolve(server);
    };
    server.once('error', failed);
    server.once('listening', listening);
  });
}

/**
 * Node's defaults let a client that never finishes its headers or body hold a socket for
 * minutes. Explicit limits cut slow senders; keep-alive outlives App Service's 230 s front-end
 * idle so the front end, not us, closes idle connections (no reset under a reused socket).
 */
export function applyTimeouts(server: Server, timeouts: HttpTimeouts): void {
  // Node requires headersTimeout <= requestTimeout.
  server.requestTimeout = Math.max(timeouts.requestMs, timeouts.headersMs);
  server.headersTimeout = timeouts.headersMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
}

/**
 * Node enforces the header and request timeouts only when it sweeps its connections, every 30 s
 * by default, so a slow sender could hold a socket for the timeout plus 30 s. A sweep every
 * tenth of the header timeout (1–5 s) costs a walk over the open connections and nothing else.
 */
export function checkIntervalMs(timeouts: HttpTimeouts): number {
  return Math.min(5_000, Math.max(1_000, Math.floor(timeouts.headersMs / 10)));
}

/** The URL clients reach a listening server at (the real port when 0 was asked for). */
export function serverUrl(server: Server, host: string): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://${host}:${port}`;
}
