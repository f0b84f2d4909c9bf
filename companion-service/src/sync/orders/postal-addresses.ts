import type { PostalAddressCreate } from '@bpkc/shared-types';

import { type BrightpearlClient, BrightpearlValidationError } from '../../brightpearl';
import type { CallMeter } from '../call-meter';
import { PermanentSyncError } from './mapping-failure';

/**
 * Both addresses are asked for together, so the client's write batcher sends them (and other
 * orders' waiting creates) as one multi-message: one unit of budget, with its own fallback to
 * single calls when multi-message is down (brightpearl/write-batcher.ts).
 */
export async function createPostalAddresses(
  deps: { brightpearl: BrightpearlClient; meter: CallMeter },
  addresses: PostalAddressCreate[],
): Promise<number[]> {
  const settled = await Promise.allSettled(
    addresses.map((address) => deps.brightpearl.createPostalAddress(address, deps.meter.call)),
  );
  return settled.map((result) => {
    if (result.status === 'fulfilled') return result.value;
    throw rejectedAddress(result.reason);
  });
}

/** Brightpearl refusing an address is the order's data: no retry will help. */
function rejectedAddress(error: unknown): unknown {
  if (!(error instanceof BrightpearlValidationError) || error.local) return error;
  const detail = error.errors.map((e) => `${e.code} ${e.message}`).join('; ') || 'rejected';
  return new PermanentSyncError('invalid-address', `Brightpearl rejected an address: ${detail}`);
}
