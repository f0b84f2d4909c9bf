import type { JobQueue } from '../queue';
import type { Db } from '../store';

/**
 * Re-opens one failed record of a flow and enqueues its job, on the caller's transaction.
 * Returns the job id (null: pg-boss deduplicated it). Each flow owns its replayer.
 */
export type Replayer = (tx: Db, queue: JobQueue, recordKey: string) => Promise<string | null>;

/** This record cannot be replayed as it is (e.g. nothing to write back yet); a retry cannot help. */
export class NotReplayableError extends Error {
  readonly retryable = false;

  constructor(message: string) {
    super(message);
    this.name = 'NotReplayableError';
  }
}
