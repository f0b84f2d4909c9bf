/** Errors of the mapping document; each says whether trying again can help. */

/** A save based on a version that is no longer the newest: reload, then save again. */
export class MappingVersionConflictError extends Error {
  override readonly name = 'MappingVersionConflictError';
  readonly retryable = false;

  constructor(
    readonly baseVersion: number,
    readonly currentVersion: number,
  ) {
    super(`mapping changed since version ${baseVersion} (now ${currentVersion}): reload and retry`);
  }
}

export class MappingVersionNotFoundError extends Error {
  override readonly name = 'MappingVersionNotFoundError';
  readonly retryable = false;

  constructor(readonly version: number) {
    super(`mapping version ${version} not found`);
  }
}

/**
 * The newest stored version does not parse as a mapping (e.g. stored by an older release).
 * Retryable: a job waiting on it succeeds once a valid version is saved.
 */
export class StoredMappingInvalidError extends Error {
  override readonly name = 'StoredMappingInvalidError';
  readonly retryable = true;

  constructor(
    readonly version: number,
    detail: string,
  ) {
    super(`stored mapping version ${version} is invalid (save a corrected version): ${detail}`);
  }
}
