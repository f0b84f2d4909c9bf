import type { Server } from 'node:http';

import type { SyncStatus } from '@bpkc/shared-types';
import type { Express } from 'express';

import { type BrightpearlClient, createBrightpearlClient } from './brightpearl';
import { brightpearlApiBase, type CompanionConfig } from './config/config';
import { createApp } from './http/app';
import { createKenticoBridgeClient } from './kentico';
import { createLogger, type Logger } from './observability/logger';
import { createJobQueue, type JobQueue } from './queue';
import { migrate, openStore, type Store } from './store';
import { readSyncStatus } from './status/status-service';
import { startOrderWorkers } from './sync/orders/order-workers';
import { warmProductCache } from './sync/orders/product-cache-warmup';
import type { OrderSyncFaults } from './sync/orders/sync-order';

export interface Companion {
  app: Express;
  store: Store;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  logger: Logger;
  status(): Promise<SyncStatus>;
  /** One paged product search fills the SKU cache (also run in the background on start). */
  warmProductCache(): Promise<{ products: number; calls: number }>;
  listen(): Promise<{ url: string }>;
  stop(): Promise<void>;
}

/** Wires the store, queue, clients, workers and HTTP app from one configuration. */
export async function startCompanion(
  config: CompanionConfig,
  options: { logger?: Logger; faults?: OrderSyncFaults; warmProductCache?: boolean } = {},
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
  const deps = {
    db: store,
    queue,
    brightpearl,
    kentico,
    mapping: config.mapping,
    logger,
    faults: options.faults,
  };
  await startOrderWorkers(deps, { concurrency: config.sync.concurrency });
  const startedAt = new Date();
  const status = () =>
    readSyncStatus({ db: store, queue, brightpearl, mode: config.mode, startedAt });
  const app = createApp({
    db: store,
    queue,
    logger,
    kenticoSecret: config.kentico.sharedSecret,
    status,
  });
  let server: Server | undefined;
  const warm = () => warmProductCache({ db: store, brightpearl, logger });
  // Not awaited so start-up stays fast; stop() waits for it, so no promise is left dangling.
  const warming =
    options.warmProductCache === false
      ? Promise.resolve()
      : warm().then(
          () => undefined,
          (error: unknown) => logger.warn('Product cache warm-up failed', { error }),
        );

  return {
    app,
    store,
    queue,
    brightpearl,
    logger,
    status,
    warmProductCache: warm,
    listen: () =>
      new Promise((resolve) => {
        server = app.listen(config.http.port, config.http.host, () => {
          const address = server!.address();
          const port = typeof address === 'object' && address ? address.port : config.http.port;
          resolve({ url: `http://${config.http.host}:${port}` });
        });
      }),
    async stop() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await warming;
      await queue.stop();
      await store.close();
    },
  };
}
