import { DeadLetterReason } from '@bpkc/shared-types';

/**
 * The one failure vocabulary of the companion. An error says whether a retry can help with a
 * boolean `retryable` (the Brightpearl and Kentico clients' errors, lease and "not yet" errors
 * all do); an error that says nothing is treated as retryable, since a wrong retry costs a little
 * time while a wrong dead letter needs a person. A permanent error thrown by a job handler becomes
 * a `dead_letters` row through the queue's failure path (queue/failure-path.ts), never inline.
 * This module imports nothing of the companion, so clients and flows can both use it.
 */
export interface PermanentErrorOptions {
  /** The flow whose record failed, when a job settles records of several flows (payments, fees). */
  flow?: string;
  /** The record that failed; defaults to what the queue's dead-letter hook names for the job. */
  recordKey?: string;
  /** Stored with the dead letter for the operator and for replay; defaults to the job's data. */
  payload?: unknown;
  /** Machine-readable specifics (e.g. the mapping field to fix). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** Retrying cannot help: only the merchant can fix the data or the mapping. */
export class PermanentError extends Error {
  override readonly name: string = 'PermanentError';
  readonly retryable = false;
  readonly flow: string | undefined;
  readonly recordKey: string | undefined;
  readonly payload: unknown;
  readonly details: Record<string, unknown>;

  constructor(
    readonly reason: DeadLetterReason,
    message: string,
    options: PermanentErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.flow = options.flow;
    this.recordKey = options.recordKey;
    this.payload = options.payload;
    this.details = options.details ?? {};
  }
}

/**
 * A batch job (one job, many records) whose records failed one by one: each failure becomes its
 * own dead letter while the rest of the batch still counts. `transient` is the error that stopped
 * the batch early, if any: then the job is retried as well, for the records not reached.
 */
export class PermanentFailures extends Error {
  override readonly name = 'PermanentFailures';
  readonly retryable: boolean;

  constructor(
    readonly failures: readonly PermanentError[],
    readonly transient?: unknown,
  ) {
    super(
      `${failures.length} record(s) failed permanently` +
        (transient === undefined ? '' : `; then: ${messageOf(transient)}`),
    );
    this.retryable = transient !== undefined;
  }
}

/** False only when the error says so; unknown errors are retried. */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('retryable' in error)) return true;
  return error.retryable !== false;
}

/**
 * The dead letters an error asks for. A permanent error without a reason of its own (e.g. a
 * Brightpearl 400 a flow did not translate) is recorded as `refused`: its message says by whom.
 */
export function permanentFailuresOf(error: unknown): PermanentError[] {
  if (error instanceof PermanentFailures) return [...error.failures];
  if (error instanceof PermanentError) return [error];
  if (isRetryable(error)) return [];
  const reason = DeadLetterReason.safeParse((error as { reason?: unknown }).reason);
  return [
    new PermanentError(reason.success ? reason.data : 'refused', messageOf(error), {
      cause: error,
    }),
  ];
}

/** The error that should make the job retry, if any. */
export function transientPartOf(error: unknown): unknown {
  if (error instanceof PermanentFailures) return error.transient;
  return isRetryable(error) ? error : undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
