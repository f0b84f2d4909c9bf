import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { BRIGHTPEARL_HEADERS, THROTTLE_MESSAGE } from '@bpkc/shared-types';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';

/**
 * A tiny Brightpearl stand-in for the client's tests: real HTTP over loopback, the
 * `/public-api/{account}` prefix, the budget headers on every answer, and a fixed-window
 * request cap that answers 503 + the throttle text when exceeded (reference §2).
 */
export const ACCOUNT = 'acme';

export interface RecordedRequest {
  method: string;
  /** Path below the account prefix, query string included, as sent. */
  url: string;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  body: unknown;
  throttled: boolean;
  /** The `requests-remaining` this request was answered with. */
  remaining: number;
}

export interface Stub {
  baseUrl: string;
  requests: RecordedRequest[];
  /** How many requests the cap refused. */
  throttled(): number;
  close(): Promise<void>;
}

export interface StubOptions {
  cap?: { limit: number; windowMs: number };
}

export async function startStub(
  routes: (router: Router) => void,
  options: StubOptions = {},
): Promise<Stub> {
  const requests: RecordedRequest[] = [];
  const cap = createCap(options.cap ?? { limit: 1000, windowMs: 60_000 });
  const router = express.Router();
  routes(router);
  const app = express();
  app.use(express.json());
  app.use(`/public-api/${ACCOUNT}`, (req: Request, res: Response, next: NextFunction) => {
    const { admitted, remaining } = cap.admit(res);
    const throttled = !admitted;
    const { method, url, query, headers, body } = req;
    const recorded = { method, url, query: { ...query }, headers, body: body as unknown };
    requests.push({ ...recorded, throttled, remaining });
    if (throttled) {
      res.status(503).json({ response: THROTTLE_MESSAGE });
      return;
    }
    next();
  });
  app.use(`/public-api/${ACCOUNT}`, router);

  const server = await listen(app);
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/public-api/${ACCOUNT}`,
    requests,
    throttled: () => requests.filter((request) => request.throttled).length,
    close: () => close(server),
  };
}

/** Sets the budget headers that a route may still override (e.g. to simulate a throttle). */
export function setBudgetHeaders(
  res: Response,
  input: { remaining: number; nextMs: number },
): void {
  res.set(BRIGHTPEARL_HEADERS.requestsRemaining, String(input.remaining));
  res.set(BRIGHTPEARL_HEADERS.nextThrottlePeriod, String(input.nextMs));
}

interface Cap {
  admit(res: Response): { admitted: boolean; remaining: number };
}

function createCap(cap: { limit: number; windowMs: number }): Cap {
  let windowStart: number | null = null;
  let count = 0;
  return {
    admit(res) {
      const now = Date.now();
      if (windowStart === null || now >= windowStart + cap.windowMs) {
        windowStart = now;
        count = 0;
      }
      count++;
      const nextMs = windowStart + cap.windowMs - now;
      const remaining = Math.max(0, cap.limit - count);
      setBudgetHeaders(res, { remaining, nextMs });
      return { admitted: count <= cap.limit, remaining };
    },
  };
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', (error?: Error) =>
      error ? reject(error) : resolve(server),
    );
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
