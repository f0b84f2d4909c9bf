import type { PostalAddressCreate } from '@bpkc/shared-types';

import { type BrightpearlClient, BrightpearlServerError } from '../../brightpearl';
import type { CallMeter } from '../call-meter';
import { PermanentSyncError } from './mapping-failure';

/**
 * One address is one call; two go as one multi-message request (it counts once against the
 * budget). Multi-message has had outages (reference §3.5), so a server error falls back to
 * single calls.
 */
export async function createPostalAddresses(
  deps: { brightpearl: BrightpearlClient; meter: CallMeter },
  addresses: PostalAddressCreate[],
): Promise<number[]> {
  if (addresses.length === 1) {
    return [await deps.brightpearl.createPostalAddress(addresses[0]!, deps.meter.call)];
  }
  try {
    return await batchCreate(deps, addresses);
  } catch (error) {
    if (!(error instanceof BrightpearlServerError)) throw error;
    const ids: number[] = [];
    for (const address of addresses) {
      ids.push(await deps.brightpearl.createPostalAddress(address, deps.meter.call));
    }
    return ids;
  }
}

async function batchCreate(
  deps: { brightpearl: BrightpearlClient; meter: CallMeter },
  addresses: PostalAddressCreate[],
): Promise<number[]> {
  const results = await deps.brightpearl.multiMessage(
    addresses.map((body, index) => ({
      label: `address-${index}`,
      uri: '/contact-service/postal-address',
      httpMethod: 'POST' as const,
      body,
    })),
    { onFail: 'STOP', ...deps.meter.call },
  );
  return addresses.map((_, index) => {
    const result = results.find((item) => item.label === `address-${index}`);
    if (result?.statusCode === 400) {
      const detail = result.errors?.map((e) => `${e.code} ${e.message}`).join('; ') ?? 'rejected';
      throw new PermanentSyncError('invalid-address', `Brightpearl rejected an address: ${detail}`);
    }
    if (!result?.processed || result.statusCode >= 300 || typeof result.response !== 'number') {
      throw new BrightpearlServerError({
        endpoint: 'POST /multi-message',
        status: result?.statusCode,
      });
    }
    return result.response;
  });
}
