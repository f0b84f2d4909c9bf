import type { DeadLetterReason } from '@bpkc/shared-types';

import type { Logger } from '../observability/logger';
import type { Db, Store } from '../store';
import type { QueueDeclarations, QueueName } from './queues';

/** What a handler gets. `retryCount` is 0 on the first run and `retryLimit` on the last one. */
export interface Job<T> {
  id: string;
  data: T;
  retryCount: number;
  /** When the job was enqueued (database clock); retries keep it. Absent in hand-built jobs. */
  createdOn?: Date;
}

/**
 * Resolve = done. Throw = failed, and the queue's failure path decides (failure-path.ts): a
 * permanent error (`retryable: false`) becomes a dead letter at once; anything else is retried
 * with backoff and becomes a `retries-exhausted` dead letter when the last retry fails.
 */
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

/** A dead letter as the failure path is about to write it. */
export interface DeadLetterDraft {
  flow: string;
  recordKey: string;
  reason: DeadLetterReason;
  message: string;
  payload: unknown;
}

/**
 * How a queue's failures are named, given by the flow that registers the worker. Every field has
 * a default, so a queue without a hook still records its dead letters (under the queue's name,
 * keyed by the job id).
 */
export interface DeadLetterHook {
  /** The `dead_letters.flow` (and replay key), e.g. 'order'. Default: the queue name. */
  flow?: string;
  /** The record a job is about (e.g. its order GUID), for errors that name none. */
  recordKey?: (data: unknown) => string | undefined;
  /**
   * Runs in the dead letter's transaction, before the row is written: the flow marks its own
   * record failed, so the record's state and its dead letter commit together or not at all.
   * `false` means the record turned out fine (e.g. a crashed try had synced it): no dead letter.
   */
  onDeadLetter?: (tx: Db, letter: DeadLetterDraft) => Promise<boolean | void>;
}

export interface WorkOptions {
  concurrency?: number;
  deadLetters?: DeadLetterHook;
}

export interface JobQueueOptions {
  store: Store;
  logger: Logger;
  /** Postgres: pg-boss opens its own pool. Absent: pg-boss runs over the store (PGlite). */
  databaseUrl?: string;
  /** Postgres: most connections pg-boss's own pool opens (DATABASE_POOL_MAX; default 5). */
  poolMax?: number;
  /** Days finished jobs are kept in pg-boss's archive (RETENTION_DAYS; default 30). */
  retentionDays?: number;
  /** How often an idle worker looks for work. Jobs enqueued in this process wake it at once. */
  pollingIntervalSeconds?: number;
  /** pg-boss's schema (default 'pgboss'). */
  schema?: string;
  /** Defaults to QUEUES; tests pass faster retry settings. */
  queues?: QueueDeclarations;
  /** How long stop() waits for running handlers (default 15 s). */
  stopTimeoutMs?: number;
  /**
   * How often pg-boss's dead-letter queues are read (default 15 s). Only jobs failed outside a
   * handler land there (a crash, an expiry, a stop), so they are rare and need no fast poll.
   */
  deadLetterPollingIntervalSeconds?: number;
  /** This instance's row in `instances` (default: a new id per queue, so tests can run two). */
  instanceId?: string;
  /** How often this instance records its jobs in hand and looks for silent ones (default 2 s). */
  heartbeatSeconds?: number;
  /** Silence after which an instance's jobs are handed back to run elsewhere (default 12 s). */
  staleSeconds?: number;
}

export interface EnqueueOptions {
  /** A transaction from the store: the job commits or rolls back with it (outbox). */
  db?: Db;
  /** Stored on the job; under the 'standard' policy it does not deduplicate. */
  singletonKey?: string;
  /**
   * Throttle: at most one job per queue and `singletonKey` in each slot of this many seconds
   * (slots counted from the epoch on the database clock); a second send in the slot is dropped
   * and returns null. Used by the once-per-cluster schedule (queue/schedule.ts). Integer >= 1.
   */
  singletonSeconds?: number;
  startAfterSeconds?: number;
  /** Integer; higher runs first. */
  priority?: number;
}

export interface JobQueue {
  start(): Promise<void>;
  enqueue<T>(queue: QueueName, data: T, options?: EnqueueOptions): Promise<string | null>;
  /**
   * Several jobs (any queues) in ONE insert, e.g. a group commit of intake events: on the
   * caller's transaction when `db` is given; each queue's retry settings apply as for enqueue.
   * No per-job options (singletons, delays, priorities): those jobs go through `enqueue`.
   */
  enqueueMany(
    jobs: ReadonlyArray<{ queue: QueueName; data: unknown }>,
    options?: { db?: Db },
  ): Promise<void>;
  /** Every handler runs inside the failure path; there is no way around it. */
  work<T>(queue: QueueName, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** Jobs not yet finished (created + retry + active) per queue and dead-letter queue. */
  depths(): Promise<Record<string, number>>;
  /** Stops fetching, waits for running handlers (bounded), then stops pg-boss. */
  stop(): Promise<void>;
}
