import type { Server } from 'node:http';

import type { SyncStatus } from '@bpkc/shared-types';
import type { Express } from 'express';

import { type BrightpearlClient, createBrightpearlClient } from './brightpearl';
import { loadWebhookIdentity } from './brightpearl/webhooks';
import { brightpearlApiBase, type CompanionConfig } from './config/config';
import { createApp } from './http/app';
import { createKenticoBridgeClient } from './kentico';
import { createLogger, type Logger } from './observability/logger';
import { createJobQueue, type JobQueue } from './queue';
import { readSyncStatus } from './status/status-service';
import { migrate, openStore, type Store } from './store';
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
  stop(): Promise<void>;
}

export interface CompanionOptions {
  logger?: Logger;
  faults?: OrderSyncFaults;
  /** Warm the SKU cache on start (default true). */
  warmProductCache?: boolean;
  /** Register webhooks and start the first catalog import from listen() (default true). */
  connectOnListen?: boolean;
}

/** Wires the store, queue, clients, workers and HTTP app from one configuration. */
export async function startCompanion(
  config: CompanionConfig,
  options: CompanionOptions = {},
): Promise<Companion> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const store = await openStore({ ...config.store, logger });
  await migrate(store, logger);
  const queue = createJobQueue({
    store,
    logger,
    databaseUrl: config.store.databaseUrl,
    schema: config.store.schema ? `${config.store.schema}_pgboss` : 'pgboss',
  });
  await queue.start();
  const brightpearl = createBrightpearlClient({
    baseUrl: brightpearlApiBase(config.brightpearl),
    auth: config.brightpearl.auth,
    requestCap: config.brightpearl.requestCap,
    budgetShare: config.brightpearl.budgetShare,
    logger,
  });
  const kentico = createKenticoBridgeClient(config.kentico);
  const deps = { db: store, queue, brightpearl, kentico, mapping: config.mapping, logger };
  const stopWorkers = await startWorkers(deps, { sync: config.sync, faults: options.faults });
  const identity = await loadWebhookIdentity(store);
  const ops = createOperations(deps, {
    identity,
    warmProductCache: options.warmProductCache !== false,
  });
  const startedAt = new Date();
  const status = () =>
    readSyncStatus({ db: store, queue, brightpearl, mode: config.mode, startedAt });
  const app = createApp({ ...deps, kenticoSecret: config.kentico.sharedSecret, identity, status });
  let server: Server | undefined;

  return {
    ...ops,
    app,
    store,
    queue,
    brightpearl,
    logger,
    status,
    async listen() {
      const url = await new Promise<string>((resolve) => {
        server = app.listen(config.http.port, config.http.host, () => {
          const address = server!.address();
          const port = typeof address === 'object' && address ? address.port : config.http.port;
          resolve(`http://${config.http.host}:${port}`);
        });
      });
      if (options.connectOnListen !== false) await ops.connect(config.publicUrl ?? url);
      return { url };
    },
    async stop() {
      stopWorkers();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await ops.settle();
      await queue.stop();
      await store.close();
    },
  };
}
