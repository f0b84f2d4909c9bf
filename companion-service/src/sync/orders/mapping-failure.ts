import type { DeadLetterReason } from '@bpkc/shared-types';

import { PermanentError } from '../../dead-letters/permanent-error';

/**
 * A problem only the merchant can fix (a mapping, a product, the order's data). Retrying cannot
 * help: the job's failure path records a dead letter with this reason and the record becomes
 * replayable. `details` names what to fix (e.g. the mapping field).
 */
export class PermanentSyncError extends PermanentError {
  override readonly name = 'PermanentSyncError';

  constructor(reason: DeadLetterReason, message: string, details: Record<string, unknown> = {}) {
    super(reason, message, { details });
  }
}
