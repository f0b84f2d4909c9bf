import {
  brightpearlApiBase,
  type BrightpearlClient,
  createBrightpearlClient,
} from '../brightpearl';
import type { BrightpearlOAuth } from '../brightpearl/oauth';
import { createPostgresBudgetLedger } from '../budget-ledger';
import type { CompanionConfig } from '../config/config';
import { createKenticoBridgeClient, type KenticoBridgeClient } from '../kentico';
import { ConnectionHealth } from '../observability/connection-health';
import { instrumentQueue } from './instrument-queue';
import type { Logger } from '../observability/logger';
import { createMetrics, type Metrics } from '../observability/metrics';
import { INSTANCE_ID } from '../instances';
import { reportingMissingTokens } from './token-health';
import { createJobQueue, type JobQueue } from '../queue';
import { migrate, openStore, type Store } from '../store';
import { openBrightpearlOAuth } from './brightpearl-oauth';

export interface Infrastructure {
  store: Store;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  metrics: Metrics;
  health: ConnectionHealth;
  /** OAuth mode: the stored, refreshed tokens and the connect flow. */
  oauth?: BrightpearlOAuth;
}

/** The store (migrated), the queue and both platform clients, instrumented for metrics and health. */
export async function openInfrastructure(
  config: CompanionConfig,
  logger: Logger,
): Promise<Infrastructure> {
  const metrics = createMetrics();
  const health = new ConnectionHealth();
  const store = await openStore({ ...config.store, logger });
  await migrate(store, logger);
  const queue = instrumentQueue(
    createJobQueue({
      store,
      logger,
      databaseUrl: config.store.databaseUrl,
      poolMax: config.store.poolMax,
      retentionDays: config.retention?.days,
      schema: config.store.schema ? `${config.store.schema}_pgboss` : 'pgboss',
    }),
    metrics,
  );
  await queue.start();
  const oauth = openBrightpearlOAuth({ brightpearl: config.brightpearl, db: store, logger });
  const brightpearl = createBrightpearlClient({
    baseUrl: oauth?.apiBaseUrl ?? brightpearlApiBase(config.brightpearl),
    auth: reportingMissingTokens(oauth?.auth ?? config.brightpearl.auth, health),
    requestCap: config.brightpearl.requestCap,
    budgetShare: config.brightpearl.budgetShare,
    windowMs: config.brightpearl.windowMs,
    // Instances on one Postgres keep to one budget together; PGlite is one process (ADR 0020).
    ledger:
      store.kind === 'postgres'
        ? createPostgresBudgetLedger(store, {
            windowMs: config.brightpearl.windowMs ?? 60_000,
            instanceId: INSTANCE_ID,
          })
        : undefined,
    logger,
    onCall: (info) => {
      metrics.brightpearlCalls.inc({
        endpoint: info.endpoint,
        status: String(info.status ?? 'none'),
        throttled: String(info.throttled),
      });
      // A throttle is Brightpearl working as designed, not a sign of an outage.
      if (!info.throttled) health.record('brightpearl', info.status);
    },
  });
  const kentico = createKenticoBridgeClient({
    ...config.kentico,
    onResult: (status) => health.record('kentico', status),
  });
  return { store, queue, brightpearl, kentico, metrics, health, oauth };
}
