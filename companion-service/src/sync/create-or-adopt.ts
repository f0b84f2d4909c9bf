import { BrightpearlValidationError } from '../brightpearl';
import { assertLeasesHeld } from './leases';
import { PermanentSyncError } from './orders/mapping-failure';

/**
 * Creates a Brightpearl record whose natural key (externalRef, transactionRef) makes it unique.
 * A 400 may be that uniqueness — an earlier attempt landed (the exact error is unconfirmed) — so
 * the record is looked up before the rejection becomes a permanent `brightpearl-rejected`.
 */
export async function createOrAdopt<T>(input: {
  create: () => Promise<T>;
  find: () => Promise<T | undefined>;
  what: string;
}): Promise<T> {
  // A worker whose lease lapsed while it stalled must not create beside the new holder.
  assertLeasesHeld();
  try {
    return await input.create();
  } catch (error) {
    if (!(error instanceof BrightpearlValidationError)) throw error;
    const existing = await input.find();
    if (existing !== undefined) return existing;
    throw new PermanentSyncError(
      'brightpearl-rejected',
      `Brightpearl rejected the ${input.what}: ${error.message}`,
      {
        code: error.code,
      },
    );
  }
}
