import type { Server } from 'node:http';

import type { Express } from 'express';

import type { FaultPlan } from '../faults';
import { createApp } from './app';
import { RequestBudget } from './budget';
import { createDirectApi } from './direct-api';
import { OAuthRegistry } from './oauth/oauth-registry';
import { countDroppedWebhooks, createBrightpearlFaults } from './fault-hook';
import type { BrightpearlFaultCounters } from './fault-hook';
import type { DirectApi } from './direct-api';
import { closeServer, listen } from './listen';
import type { RunningSimulator } from './listen';
import { checkDropRate, resolveOptions } from './options';
import type { BrightpearlSimulatorOptions } from './options';
import { seedProducts } from './products/seed-products';
import type { ProductSeed } from './products/seed-products';
import { RequestLog } from './request-log';
import { buildRoutes } from './routes';
import { seedContact } from './seed-contact';
import type { ContactSeed } from './seed-contact';
import { createState } from './state';
import type { SimulatorState } from './state';
import { setStock } from './warehouse/stock';
import { WebhookEngine } from './webhooks/engine';
import { WebhookLog } from './webhooks/webhook-log';

export type { RunningSimulator } from './listen';

export interface BrightpearlSimulator extends DirectApi {
  app: Express;
  state: SimulatorState;
  requestLog: RequestLog;
  /** Every webhook delivery attempt and silent drop. */
  webhookLog: WebhookLog;
  /** The OAuth host's codes and tokens: grant counters, expire / revoke for tests. */
  oauth: OAuthRegistry;
  /** Serves over HTTP; the returned close() also stops webhook timers. */
  listen(port?: number, host?: string): Promise<RunningSimulator>;
  seedProducts(list: ProductSeed[]): number[];
  seedContact(seed: ContactSeed): number;
  /** Seeding helper: sets on-hand directly, raising no event (use correctStock for that). */
  setStock(productId: number, warehouseId: number, onHand: number): void;
  /** Changes the request cap (and optionally the period) of the running simulator. */
  setCap(cap: number, windowMs?: number): void;
  /** Changes the share (0–1) of webhook deliveries silently dropped. */
  setWebhookDropRate(rate: number): void;
  /** Chaos tests: faults injected before the routes (missing kinds: 0; {} turns them off). */
  setFaults(plan: Partial<FaultPlan>): void;
  /** Injected faults by kind, plus webhook deliveries dropped. */
  faultCounters(): BrightpearlFaultCounters;
  /** Resolves once no batch is open and no delivery or retry is pending. */
  whenWebhooksIdle(): Promise<void>;
  /** Stops webhook batches/retries and closes every server listen() opened. */
  close(): Promise<void>;
}

export function createBrightpearlSimulator(
  options: BrightpearlSimulatorOptions = {},
): BrightpearlSimulator {
  const config = resolveOptions(options);
  const state = createState();
  const requestLog = new RequestLog();
  const webhookLog = new WebhookLog();
  const budget = new RequestBudget(config.limits, config.clock);
  const oauth = new OAuthRegistry(config.oauth, config.clock);
  const now = () => new Date(config.clock());
  const engine = new WebhookEngine({
    config: config.webhooks,
    accountCode: config.accountCode,
    clock: config.clock,
    webhooks: state.webhooks,
    log: webhookLog,
  });
  const routes = buildRoutes({ engine, accountCode: config.accountCode });
  const environment = { state, now, emit: engine.raise.bind(engine) };
  const faults = createBrightpearlFaults({ config, budget });
  const app = createApp(
    { config, budget, log: requestLog, state, routes, emit: environment.emit, oauth },
    faults.middleware,
  );
  const servers = new Set<Server>();
  const stopAll = async () => {
    engine.stop();
    await Promise.all([...servers].map(closeServer));
    servers.clear();
  };
  return {
    app,
    state,
    requestLog,
    webhookLog,
    oauth,
    ...createDirectApi(routes, environment),
    listen: async (port = 0, host = '127.0.0.1') => {
      const { url, server } = await listen(app, { port, host, accountCode: config.accountCode });
      servers.add(server);
      const close = async () => {
        engine.stop();
        servers.delete(server);
        await closeServer(server);
      };
      return { url, close };
    },
    seedProducts: (list) => seedProducts(state, { list, now: now() }),
    seedContact: (seed) => seedContact(state, { seed, now: now() }),
    setStock: (productId, warehouseId, onHand) =>
      setStock(state, { productId, warehouseId, onHand }),
    setCap: (cap, windowMs) => {
      config.limits.cap = cap;
      if (windowMs !== undefined) config.limits.windowMs = windowMs;
    },
    setWebhookDropRate: (rate) => engine.setDropRate(checkDropRate(rate)),
    setFaults: (plan) => faults.setPlan(plan),
    faultCounters: () => ({
      ...faults.counters(),
      webhooksDropped: countDroppedWebhooks(webhookLog),
    }),
    whenWebhooksIdle: () => engine.whenIdle(),
    close: stopAll,
  };
}
