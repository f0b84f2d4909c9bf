/** Run now refused: a run of the job is going on (here or on another instance). */
export class JobRunningError extends Error {
  override readonly name = 'JobRunningError';
  /** Retrying once the run has finished helps. */
  readonly retryable = true;
}

/** Run now refused: the mapping or the settings say this job does nothing (fix those first). */
export class JobBlockedError extends Error {
  override readonly name = 'JobBlockedError';
  readonly retryable = false;
}
