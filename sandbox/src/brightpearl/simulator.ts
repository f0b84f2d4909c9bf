import type { Server } from 'node:http';

import express from 'express';
import type { Express } from 'express';

import { RequestBudget } from './budget';
import { writeResponse } from './headers';
import { resolveOptions } from './options';
import type { BrightpearlSimulatorOptions } from './options';
import { createPipeline } from './pipeline';
import { seedProducts } from './products/seed-products';
import type { ProductSeed } from './products/seed-products';
import { RequestLog } from './request-log';
import { buildRoutes } from './routes';
import { seedContact } from './seed-contact';
import type { ContactSeed } from './seed-contact';
import { createState } from './state';
import type { SimulatorState } from './state';

export interface RunningSimulator {
  /** The API base a client uses, e.g. `http://127.0.0.1:PORT/public-api/sandbox`. */
  url: string;
  close(): Promise<void>;
}

export interface BrightpearlSimulator {
  app: Express;
  state: SimulatorState;
  requestLog: RequestLog;
  listen(port?: number, host?: string): Promise<RunningSimulator>;
  seedProducts(list: ProductSeed[]): number[];
  seedContact(seed: ContactSeed): number;
  /** Changes the request cap (and optionally the period) of the running simulator. */
  setCap(cap: number, windowMs?: number): void;
}

export function createBrightpearlSimulator(
  options: BrightpearlSimulatorOptions = {},
): BrightpearlSimulator {
  const config = resolveOptions(options);
  const state = createState();
  const requestLog = new RequestLog();
  const budget = new RequestBudget(config.limits, config.clock);
  const now = () => new Date(config.clock());
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // Bodies are read as text so that a non-JSON body becomes CMNC-010, not an Express error page.
  const pipeline = createPipeline({
    config,
    budget,
    log: requestLog,
    state,
    routes: buildRoutes(),
  });
  app.use('/public-api/:account', express.text({ type: () => true, limit: '10mb' }), pipeline);
  app.use((req, res) => {
    const body = {
      errors: [{ code: 'CMNC-404', message: `Cannot find the resource ${req.path}` }],
    };
    const meta = {
      budget: budget.peek(),
      messageType: 'api-proxy',
      instanceId: config.installedIntegrationInstanceId,
    };
    writeResponse(res, { status: 404, body }, meta);
    requestLog.record({
      at: config.clock(),
      method: req.method,
      endpoint: `${req.method} ${req.path}`,
      status: 404,
      throttled: false,
    });
  });
  return {
    app,
    state,
    requestLog,
    listen: (port = 0, host = '127.0.0.1') =>
      listen(app, { port, host, accountCode: config.accountCode }),
    seedProducts: (list) => seedProducts(state, { list, now: now() }),
    seedContact: (seed) => seedContact(state, { seed, now: now() }),
    setCap: (cap, windowMs) => {
      config.limits.cap = cap;
      if (windowMs !== undefined) config.limits.windowMs = windowMs;
    },
  };
}

function listen(
  app: Express,
  { port, host, accountCode }: { port: number; host: string; accountCode: string },
): Promise<RunningSimulator> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}/public-api/${accountCode}`,
        close: () => close(server),
      });
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
