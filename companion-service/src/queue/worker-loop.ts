import type PgBoss from 'pg-boss';

import type { Logger } from '../observability/logger';
import { WakeableSleep } from './timing';

/** What becomes of a job once its handler has run: the failure path, or a plain settlement. */
export interface JobSettlement {
  succeeded(job: PgBoss.JobWithMetadata<unknown>): Promise<void>;
  failed(job: PgBoss.JobWithMetadata<unknown>, error: unknown): Promise<void>;
}

export interface WorkerLoopOptions {
  boss: PgBoss;
  queue: string;
  /** Gets the job with its metadata (the dead-letter reader needs the failed job's output). */
  handler: (job: PgBoss.JobWithMetadata<unknown>) => Promise<void>;
  settlement: JobSettlement;
  pollIntervalMs: number;
  logger: Logger;
}

/**
 * One fetch-run-settle loop over pg-boss's public fetch/complete/fail API, used instead of
 * `boss.work()`: pg-boss 10's worker does not await complete()/fail() (a closed store then
 * surfaces as an unhandled rejection) and a fetch in flight during stop() can still start a
 * handler after stop() resolved. Here every step is awaited, so stop() means stopped.
 */
export class WorkerLoop {
  private stopping = false;
  private readonly idle = new WakeableSleep();
  private running: Promise<void> = Promise.resolve();
  private readonly overdue = new Set<Promise<unknown>>();
  /** The job whose handler is running now, if any. */
  jobInHand: string | undefined;

  constructor(private readonly options: WorkerLoopOptions) {}

  start(): void {
    this.running = this.run();
  }

  /** Fetch now instead of at the next poll (a job was just committed to this queue). */
  wake(): void {
    this.idle.wake();
  }

  /** Stops fetching; resolves once the job in hand, and any overdue handler, has finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
    await Promise.allSettled([...this.overdue]);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.idle.reset();
      const job = await this.fetchOne();
      if (job) await this.settle(job);
      else if (!this.stopping) await this.idle.sleep(this.options.pollIntervalMs);
    }
  }

  private async fetchOne(): Promise<PgBoss.JobWithMetadata<unknown> | undefined> {
    try {
      const jobs = await this.options.boss.fetch<unknown>(this.options.queue, {
        batchSize: 1,
        includeMetadata: true,
      });
      return jobs[0];
    } catch (error) {
      this.options.logger.error('Job fetch failed', {
        queue: this.options.queue,
        error: messageOf(error),
      });
      return undefined;
    }
  }

  private async settle(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    const { settlement, queue, logger } = this.options;
    this.jobInHand = job.id;
    try {
      let failure: { error: unknown } | undefined;
      await this.runWithinExpiry(job).catch((error: unknown) => (failure = { error }));
      await (failure ? settlement.failed(job, failure.error) : settlement.succeeded(job)).catch(
        (error: unknown) => logSettleError(logger, queue, error),
      );
    } finally {
      this.jobInHand = undefined;
    }
  }

  /**
   * Like pg-boss's own worker: past `expireInSeconds` the job is failed so it can be retried,
   * and this loop moves on. The handler itself cannot be cancelled; it is only remembered.
   */
  private async runWithinExpiry(job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
    let finished = false;
    const { handler } = this.options;
    const handling = Promise.resolve()
      .then(() => handler(job))
      .finally(() => (finished = true));
    const limitMs = Math.max(1, Number(job.expireInSeconds)) * 1000;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`handler exceeded ${limitMs} ms`)), limitMs);
    });
    try {
      await Promise.race([handling, expired]);
    } catch (error) {
      if (!finished) this.remember(handling);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private remember(handling: Promise<void>): void {
    const tracked: Promise<void> = handling.then(
      () => void this.overdue.delete(tracked),
      () => void this.overdue.delete(tracked),
    );
    this.overdue.add(tracked);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function logSettleError(logger: Logger, queue: string, error: unknown): void {
  // The job stays active; pg-boss's expiry maintenance will retry it.
  logger.error('Could not record job outcome', { queue, error: messageOf(error) });
}
