/** Errors from the Kentico bridge, each saying whether retrying can help. */
export class KenticoBridgeError extends Error {
  override readonly name: string = 'KenticoBridgeError';

  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The record does not exist in Kentico (deleted, or a wrong GUID in an event). */
export class KenticoNotFoundError extends KenticoBridgeError {
  override readonly name = 'KenticoNotFoundError';
  constructor(message: string) {
    super(message, false, 404);
  }
}

/** Kentico answered with data that breaks the bridge contract. Retrying returns the same. */
export class KenticoContractError extends KenticoBridgeError {
  override readonly name = 'KenticoContractError';
  constructor(message: string) {
    super(message, false);
  }
}

/** Kentico already holds a different Brightpearl id for the order. */
export class KenticoConflictError extends KenticoBridgeError {
  override readonly name = 'KenticoConflictError';
  constructor(message: string) {
    super(message, false, 409);
  }
}
