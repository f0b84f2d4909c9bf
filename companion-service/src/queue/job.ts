import type { Logger } from '../observability/logger';
import type { Db, Store } from '../store';
import type { DeadLetterQueueName, QueueDeclarations, QueueName } from './queues';

/** What a handler gets. `retryCount` is 0 on the first run and `retryLimit` on the last one. */
export interface Job<T> {
  id: string;
  data: T;
  retryCount: number;
}

/** Resolve = done. Throw = failed: pg-boss retries with backoff, then dead-letters. */
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface JobQueueOptions {
  store: Store;
  logger: Logger;
  /** Postgres: pg-boss opens its own pool. Absent: pg-boss runs over the store (PGlite). */
  databaseUrl?: string;
  /** How often an idle worker looks for work. Jobs enqueued in this process wake it at once. */
  pollingIntervalSeconds?: number;
  /** pg-boss's schema (default 'pgboss'). */
  schema?: string;
  /** Defaults to QUEUES; tests pass faster retry settings. */
  queues?: QueueDeclarations;
  /** How long stop() waits for running handlers (default 15 s). */
  stopTimeoutMs?: number;
}

export interface EnqueueOptions {
  /** A transaction from the store: the job commits or rolls back with it (outbox). */
  db?: Db;
  /** Stored on the job; under the 'standard' policy it does not deduplicate. */
  singletonKey?: string;
  startAfterSeconds?: number;
  /** Integer; higher runs first. */
  priority?: number;
}

export interface JobQueue {
  start(): Promise<void>;
  enqueue<T>(queue: QueueName, data: T, options?: EnqueueOptions): Promise<string | null>;
  work<T>(
    queue: QueueName | DeadLetterQueueName,
    handler: JobHandler<T>,
    options?: { concurrency?: number },
  ): Promise<void>;
  /** Jobs not yet finished (created + retry + active) per queue and dead-letter queue. */
  depths(): Promise<Record<string, number>>;
  /** Stops fetching, waits for running handlers (bounded), then stops pg-boss. */
  stop(): Promise<void>;
}
