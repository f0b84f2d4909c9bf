import type { Server } from 'node:http';

import type { SyncStatus } from '@bpkc/shared-types';
import type { Express, RequestHandler } from 'express';

import type { BrightpearlClient } from './brightpearl';
import { oauthAppWiring } from './brightpearl/oauth';
import { loadWebhookIdentity } from './brightpearl/webhooks';
import { adminApiOptions, webhookStatusFor } from './admin-api/companion-wiring';
import type { CompanionConfig } from './config/config';
import { createApp } from './http/app';
import { startAlertMonitor } from './alerts/monitor';
import { openInfrastructure } from './infrastructure';
import { createLogger, type Logger } from './observability/logger';
import type { JobQueue } from './queue';
import { readSyncStatus } from './status/status-service';
import type { Store } from './store';
import type { OrderSyncFaults } from './sync/orders/sync-order';
import { createOperations, type Operations } from './operations';
import { startWorkers } from './workers';

export interface Companion extends Operations {
  app: Express;
  store: Store;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  logger: Logger;
  status(): Promise<SyncStatus>;
  /** Serves HTTP, then registers the Brightpearl webhooks (they need a reachable URL). */
  listen(): Promise<{ url: string }>;
  /** Runs the alert rules now (they also run every minute when alerts are configured). */
  checkAlerts(): Promise<void>;
  stop(): Promise<void>;
}

export interface CompanionOptions {
  logger?: Logger;
  faults?: OrderSyncFaults;
  /** Warm the SKU cache on start (default true). */
  warmProductCache?: boolean;
  /** Register webhooks and start the first catalog import from listen() (default true). */
  connectOnListen?: boolean;
  /** Extra HTTP routers served by the companion (the sandbox mounts its admin shell). */
  extraRouters?: RequestHandler[];
}

/** Wires the store, queue, clients, workers and HTTP app from one configuration. */
export async function startCompanion(
  config: CompanionConfig,
  options: CompanionOptions = {},
): Promise<Companion> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const infra = await openInfrastructure(config, logger);
  const { store, queue, brightpearl, kentico, metrics, health } = infra;
  const deps = { db: store, queue, brightpearl, kentico, mapping: config.mapping, logger, metrics };
  const workers = await startWorkers(deps, { sync: config.sync, faults: options.faults });
  const identity = await loadWebhookIdentity(store);
  const webhookStatus = webhookStatusFor(config);
  const ops = createOperations(deps, {
    identity,
    warmProductCache: options.warmProductCache !== false,
    reconcile: workers.reconcile,
    webhookStatus,
  });
  const alerts = config.alerts
    ? startAlertMonitor({ config: config.alerts, db: store, brightpearl, health, logger })
    : undefined;
  const startedAt = new Date();
  const status = () =>
    readSyncStatus({ db: store, queue, brightpearl, mode: config.mode, startedAt });
  let listeningUrl: string | undefined;
  const admin = await adminApiOptions({
    config,
    store,
    brightpearl,
    kentico,
    logger,
    webhookStatus,
    registerWebhooks: (url) => ops.registerWebhooks(url),
    publicUrl: () => config.publicUrl ?? listeningUrl,
  });
  const oauth = oauthAppWiring(infra.oauth, config.brightpearl.accountCode);
  // Webhooks need a working token: register them again once the merchant (re)connects.
  infra.oauth?.onConnected(async () => {
    const url = config.publicUrl ?? listeningUrl;
    if (url) await ops.connect(url);
  });
  const app = createApp({
    ...deps,
    health,
    kenticoSecret: config.kentico.sharedSecret,
    identity,
    status,
    admin: admin && {
      ...admin,
      ...oauth.admin,
      liveHealth: health,
      connection: { ...admin.connection, liveApiBaseUrl: infra.oauth?.apiBaseUrl },
    },
    extraRouters: [...oauth.routers, ...(options.extraRouters ?? [])],
  });
  let server: Server | undefined;

  return {
    ...ops,
    app,
    store,
    queue,
    brightpearl,
    logger,
    status,
    checkAlerts: async () => alerts?.check(),
    async listen() {
      const url = await new Promise<string>((resolve) => {
        server = app.listen(config.http.port, config.http.host, () => {
          const address = server!.address();
          const port = typeof address === 'object' && address ? address.port : config.http.port;
          resolve(`http://${config.http.host}:${port}`);
        });
      });
      listeningUrl = url;
      if (options.connectOnListen !== false) await ops.connect(config.publicUrl ?? url);
      return { url };
    },
    async stop() {
      workers.stop();
      await alerts?.stop();
      // Stop taking requests (idle keep-alive sockets would hold close() open), finish the rest.
      server?.closeIdleConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await ops.settle();
      await queue.stop();
      await store.close();
    },
  };
}
