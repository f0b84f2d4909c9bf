import type { DeadLetterReason } from '@bpkc/shared-types';

/**
 * A problem only the merchant can fix (a mapping, a product, the order's data). Retrying cannot
 * help, so the order goes to the dead-letter list with this reason and becomes replayable.
 */
export class PermanentSyncError extends Error {
  override readonly name = 'PermanentSyncError';
  readonly retryable = false;

  constructor(
    readonly reason: DeadLetterReason,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
