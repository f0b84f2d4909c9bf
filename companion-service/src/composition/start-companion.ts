import type { Server } from 'node:http';

import type { SyncStatus } from '@bpkc/shared-types';
import type { Express, RequestHandler } from 'express';

import { startAlertMonitor } from '../alerts/monitor';
import type { BrightpearlClient } from '../brightpearl';
import { loadWebhookIdentity, webhookTokenKeys } from '../brightpearl/webhooks';
import type { CompanionConfig } from '../config/config';
import { createApp } from '../http/app';
import { verifyingSecrets } from '../kentico/signing';
import { httpTimeouts } from '../config/http-settings';
import { createLookupService } from '../lookups';
import { createMappingAccountCheck, openMappingSource } from '../mapping';
import { observeInOpenTelemetry } from '../observability/live-figures';
import { createLogger, type Logger } from '../observability/logger';
import type { JobQueue } from '../queue';
import { readLiveFigures } from '../status/live-figures';
import { readSyncStatus } from '../status/status-service';
import type { Store } from '../store';
import { createJobsService } from '../sync/jobs/jobs-service';
import type { OrderSyncFaults } from '../sync/orders/sync-order';
import { adminApiOptions, webhookStatusFor } from './admin-api';
import { oauthAppParts } from './brightpearl-oauth';
import { registerFlows } from './flows';
import { settingsServiceFor } from './settings';
import { openInfrastructure } from './infrastructure';
import { listen, serverUrl } from './listen';
import { createOperations, type Operations } from './operations';

export interface Companion extends Operations {
  app: Express;
  store: Store;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  logger: Logger;
  status(): Promise<SyncStatus>;
  /**
   * Serves HTTP, then registers the Brightpearl webhooks (they need a reachable URL). Rejects
   * with a ListenError naming PORT and HOST when the address cannot be had.
   */
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

/**
 * The composition root: the one place that reads the configuration and builds the store,
 * queue, clients, flows and HTTP app from it. Feature folders export factories and register
 * functions that take what they need; none of them wires anything else.
 */
export async function startCompanion(
  config: CompanionConfig,
  options: CompanionOptions = {},
): Promise<Companion> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const infra = await openInfrastructure(config, logger);
  const { store, queue, brightpearl, kentico, metrics, health } = infra;
  // The operator's gauges in Application Insights (a no-op while telemetry is off).
  const stopObserving = observeInOpenTelemetry(() =>
    readLiveFigures({ db: store, queue, brightpearl }),
  );
  // The mapping file seeds the stored mapping once; every job then reads the newest version.
  const mappings = await openMappingSource({ db: store, initial: config.mapping });
  // The mapping against the account's lookups: on connect, at start-up (live), on save, per order.
  const lookups = createLookupService({ brightpearl, kentico, logger });
  const mappingCheck = createMappingAccountCheck({ lookups, mappings, logger });
  const deps = { db: store, queue, brightpearl, kentico, mappings, mappingCheck, logger, metrics };
  const workers = await registerFlows(deps, {
    sync: config.sync,
    faults: options.faults,
    retention: config.retention,
  });
  const identity = await loadWebhookIdentity(store, {
    keys: webhookTokenKeys({
      encryptionKey: config.brightpearl.oauth?.encryptionKey,
      secrets: [config.kentico.sharedSecret, config.kentico.previousSharedSecret],
    }),
    logger,
  });
  const webhookStatus = webhookStatusFor(mappings);
  const ops = createOperations(deps, {
    identity,
    warmProductCache: options.warmProductCache !== false,
    reconcile: workers.reconcile,
    webhookStatus,
    mappingCheck,
  });
  // A live account that lacks what the mapping names is logged and shown, never fatal: the
  // merchant fixes the mapping from the admin, which needs this process running.
  const startupCheck = config.mode === 'live' ? mappingCheck.run('start-up') : undefined;
  // The admin's stored settings over the environment's values, read per use (settings/).
  const settings = settingsServiceFor({ config, store, mappings, logger });
  const alertConfig = config.alerts;
  const alerts = alertConfig
    ? startAlertMonitor({
        config: alertConfig,
        db: store,
        brightpearl,
        health,
        logger,
        readConfig: async () => (await settings.alertConfig()) ?? alertConfig,
      })
    : undefined;
  const startedAt = new Date();
  const status = () =>
    readSyncStatus({ db: store, queue, brightpearl, mode: config.mode, startedAt });
  let listeningUrl: string | undefined;
  const publicUrl = () => config.publicUrl ?? listeningUrl;
  const admin = adminApiOptions({
    config,
    store,
    brightpearl,
    kentico,
    logger,
    webhookStatus,
    lookups,
    mappingCheck,
    registerWebhooks: (url) => ops.registerWebhooks(url),
    publicUrl,
    settings,
  });
  const oauth = oauthAppParts(infra.oauth, config.brightpearl.accountCode);
  // Webhooks need a working token: register them again once the merchant (re)connects.
  infra.oauth?.onConnected(async () => {
    const url = publicUrl();
    if (url) await ops.connect(url);
  });
  const app = createApp({
    ...deps,
    health,
    kenticoSecret: verifyingSecrets(
      config.kentico.sharedSecret,
      config.kentico.previousSharedSecret,
    ),
    identity,
    status,
    admin: admin && {
      ...admin,
      ...oauth.admin,
      liveHealth: health,
      jobs: createJobsService(deps),
      connection: { ...admin.connection, liveApiBaseUrl: infra.oauth?.apiBaseUrl },
    },
    extraRouters: [...oauth.routers, ...(options.extraRouters ?? [])],
    hardening: { ...config.http, mode: config.mode },
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
      server = await listen(app, config.http, httpTimeouts(config.http));
      listeningUrl = serverUrl(server, config.http.host);
      if (options.connectOnListen !== false) await ops.connect(publicUrl()!);
      return { url: listeningUrl };
    },
    async stop() {
      stopObserving();
      workers.stop();
      await alerts?.stop();
      // Stop taking requests (idle keep-alive sockets would hold close() open), finish the rest.
      server?.closeIdleConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await ops.settle();
      await startupCheck;
      await queue.stop();
      await store.close();
    },
  };
}
