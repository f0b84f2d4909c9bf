import { KenticoLookups, LOOKUP_PATHS } from '@bpkc/shared-types';

import { type BridgeHttp, parseBridgeBody } from './bridge-http';

export interface KenticoLookupsClient {
  /** Order statuses, shipping and payment methods by code name, for the mapping screens. */
  getLookups(): Promise<KenticoLookups>;
}

export function createLookupsClient({ call }: BridgeHttp): KenticoLookupsClient {
  return {
    async getLookups() {
      const what = 'lookups';
      const raw = await call({ method: 'GET', path: LOOKUP_PATHS.lookups, what });
      return parseBridgeBody(KenticoLookups, raw, what);
    },
  };
}
