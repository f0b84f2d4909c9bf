import type PgBoss from 'pg-boss';

import { recordDeadLetter } from '../dead-letters/dead-letter-repository';
import {
  messageOf,
  type PermanentError,
  permanentFailuresOf,
  transientPartOf,
} from '../dead-letters/permanent-error';
import type { Logger } from '../observability/logger';
import type { Db, Store } from '../store';
import { bossDbOverTransaction } from './boss-db';
import type { DeadLetterDraft, DeadLetterHook } from './job';

type BossJob = PgBoss.JobWithMetadata<unknown>;

/** Set on a job's output once its dead letter is written, so the dead-letter queue skips it. */
const RECORDED = 'deadLetters';

export interface FailurePathOptions {
  boss: PgBoss;
  store: Store;
  queue: string;
  hook: DeadLetterHook;
  logger: Logger;
}

/**
 * The one place a job's outcome is settled (ADR 10). A permanent error becomes dead letters and
 * the job completes (a retry cannot help); a retryable one fails the job for pg-boss to retry,
 * and on the last retry a `retries-exhausted` dead letter is written as well. The dead letters,
 * the flow's own "failed" state (hook) and the job's settlement share one transaction: either
 * all happened, or the job is still active and pg-boss's expiry retries it.
 */
export class FailurePath {
  constructor(private readonly options: FailurePathOptions) {}

  async succeeded(job: BossJob): Promise<void> {
    await this.options.boss.complete(this.options.queue, job.id);
  }

  async failed(job: BossJob, error: unknown): Promise<void> {
    const { boss, queue, logger } = this.options;
    const transient = transientPartOf(error);
    const letters = permanentFailuresOf(error).map((failure) => this.letterFor(job, failure));
    if (transient !== undefined && job.retryCount >= job.retryLimit)
      letters.push(this.exhausted(job, `gave up after ${job.retryLimit} retries`, transient));
    // A permanent failure's message is written for the merchant and may quote the record's own
    // data (a postcode, an e-mail): it is stored with the dead letter, the log gets its reason code.
    const message = transient === undefined && letters.length > 0 ? undefined : messageOf(error);
    const context = { queue, jobId: job.id, retryCount: job.retryCount, error: message };
    if (letters.length === 0) {
      logger.warn('Job failed, will retry', context);
      await boss.fail(queue, job.id, outputOf(error));
      return;
    }
    try {
      await this.options.store.transaction(async (tx) => {
        for (const letter of letters) await this.write(tx, letter);
        const settle = { db: bossDbOverTransaction(tx) };
        const output = { ...outputOf(error), [RECORDED]: letters.length };
        if (transient === undefined) await boss.complete(queue, job.id, output, settle);
        else await boss.fail(queue, job.id, output, settle);
      });
      const reasons = letters.map((letter) => letter.reason);
      // Giving up on a job is an operator's matter; a record the merchant must fix is routine.
      const details = { ...context, flow: letters[0]!.flow, reasons };
      if (transient === undefined) logger.warn('Job dead-lettered', details);
      else logger.error('Job dead-lettered', details);
    } catch (recordError) {
      // Failed without the mark: a retry runs it again, or pg-boss's dead-letter queue takes it.
      logger.error('Could not record the dead letter', {
        ...context,
        cause: messageOf(recordError),
      });
      await boss.fail(queue, job.id, outputOf(error));
    }
  }

  /**
   * A job pg-boss failed for the last time outside a handler (a crash mid-job, an expiry, a stop)
   * lands in its dead-letter queue: write the dead letter the handler could not.
   */
  async readDeadLetterQueue(deadLetterQueue: string, job: BossJob): Promise<void> {
    const output = (job.output ?? {}) as { message?: unknown; [RECORDED]?: unknown };
    await this.options.store.transaction(async (tx) => {
      if (output[RECORDED] === undefined) {
        const why = `last try ended outside the worker: ${String(output.message ?? 'unknown')}`;
        await this.write(tx, this.exhausted(job, why));
      }
      // pg-boss reads a third argument as the output: the transaction must be the fourth.
      const settle = { db: bossDbOverTransaction(tx) };
      await this.options.boss.complete(deadLetterQueue, job.id, { read: true }, settle);
    });
  }

  private letterFor(job: BossJob, failure: PermanentError): DeadLetterDraft {
    return {
      flow: failure.flow ?? this.flow(),
      recordKey: failure.recordKey ?? this.recordKey(job),
      reason: failure.reason,
      message: failure.message,
      payload: failure.payload ?? { job: job.data, details: failure.details },
    };
  }

  private exhausted(job: BossJob, why: string, error?: unknown): DeadLetterDraft {
    return {
      flow: this.flow(),
      recordKey: this.recordKey(job),
      reason: 'retries-exhausted',
      message: error === undefined ? why : `${why}: ${messageOf(error)}`,
      payload: { job: job.data },
    };
  }

  private async write(tx: Db, letter: DeadLetterDraft): Promise<void> {
    if ((await this.options.hook.onDeadLetter?.(tx, letter)) === false) return;
    await recordDeadLetter(tx, letter);
  }

  private flow(): string {
    return this.options.hook.flow ?? this.options.queue;
  }

  private recordKey(job: BossJob): string {
    let named: string | undefined;
    try {
      named = this.options.hook.recordKey?.(job.data);
    } catch {
      // Data the flow cannot read (that may be why the job failed): name the job instead.
    }
    return named ?? job.singletonKey ?? job.id;
  }
}

function outputOf(error: unknown): object {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { message: String(error) };
}
