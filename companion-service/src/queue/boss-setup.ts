import PgBoss from 'pg-boss';

import type { Logger } from '../observability/logger';
import type { Store } from '../store';
import { forgetAllBut } from '../instances';
import { releaseAllLeases } from '../sync/leases';
import { bossDbOver } from './boss-db';
import { handBack } from './hand-back';
import type { QueueDeclaration } from './queues';

/** Expiry is the fallback for a hung handler (a crashed instance is noticed by its heartbeat). */
const MAINTENANCE_INTERVAL_SECONDS = 30;

/**
 * Finished jobs stay in the job table this long before maintenance archives them. pg-boss
 * refuses a throttle (`singletonSeconds`, queue/schedule.ts) longer than this, because an
 * archived job no longer holds its slot: it must cover the longest schedule, the daily
 * retention job (its default, 12 h, would not).
 */
export const ARCHIVE_AFTER_SECONDS = 24 * 60 * 60;
export const DEFAULT_QUEUE_POOL_MAX = 5;
export const DEFAULT_RETENTION_DAYS = 30;

export function createBoss(options: {
  store: Store;
  databaseUrl?: string;
  schema: string;
  logger: Logger;
  /** Connections of pg-boss's own pool (Postgres only). */
  poolMax?: number;
  /** Days archived jobs are kept before maintenance deletes them. */
  retentionDays?: number;
}): PgBoss {
  const { store, databaseUrl, schema, logger } = options;
  if (databaseUrl && store.kind !== 'postgres') {
    throw new Error(
      'databaseUrl given for the queue but the store is PGlite: jobs and state must share one database',
    );
  }
  const boss = new PgBoss({
    ...(databaseUrl
      ? { connectionString: databaseUrl, max: options.poolMax ?? DEFAULT_QUEUE_POOL_MAX }
      : { db: bossDbOver(store) }),
    schema,
    archiveCompletedAfterSeconds: ARCHIVE_AFTER_SECONDS,
    archiveFailedAfterSeconds: ARCHIVE_AFTER_SECONDS,
    deleteAfterDays: options.retentionDays ?? DEFAULT_RETENTION_DAYS,
    // No cron schedules in this service; the timekeeper would only add a worker and timers.
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
  });
  // pg-boss is an EventEmitter: an 'error' with no listener would crash the process.
  boss.on('error', (error: Error) => logger.error('pg-boss error', { error: error.message }));
  return boss;
}

/**
 * Idempotent. Dead-letter queues first: a queue's dead_letter column references them. createQueue
 * ignores a queue that exists, so updateQueue then applies changed declarations.
 */
export async function declareQueues(
  boss: PgBoss,
  declarations: readonly QueueDeclaration[],
): Promise<void> {
  for (const { deadLetter } of declarations) await boss.createQueue(deadLetter);
  for (const declaration of declarations) {
    const { name, deadLetter, retryLimit, retryDelay, retryBackoff, expireInSeconds, policy } =
      declaration;
    const options = {
      name,
      deadLetter,
      retryLimit,
      retryDelay,
      retryBackoff,
      expireInSeconds,
      policy,
    };
    await boss.createQueue(name, options);
    await boss.updateQueue(name, options);
  }
}

/**
 * PGlite lives in this one process, so a job still 'active' at start-up belongs to a run that
 * died mid-job: it is handed back to run at once (not after backoff, not at its expiry). The
 * dead run's record leases and instance row are void for the same reason.
 */
export async function recoverAfterRestart(input: {
  boss: PgBoss;
  store: Store;
  schema: string;
  queues: readonly string[];
  instanceId: string;
  logger: Logger;
}): Promise<void> {
  const { boss, store, schema, queues, logger } = input;
  const rows = await store.query<{ name: string; id: string }>(
    `SELECT name, id::text AS id FROM ${schema}.job WHERE state = 'active' AND name = ANY($1::text[])`,
    [queues],
  );
  for (const job of rows) {
    await handBack({
      boss,
      store,
      bossSchema: schema,
      job,
      reason: 'companion restarted while the job was active',
    });
  }
  if (rows.length > 0)
    logger.warn('Orphaned jobs handed back after a restart', { count: rows.length });
  await releaseAllLeases(store);
  await forgetAllBut(store, input.instanceId);
}
