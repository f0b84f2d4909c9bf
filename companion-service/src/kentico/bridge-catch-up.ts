import { CATCH_UP_PATHS, ModifiedCustomersPage, ModifiedRefundsPage } from '@bpkc/shared-types';

import { type BridgeHttp, parseBridgeBody } from './bridge-http';

/** The cursors the Kentico-side catch-up walks (refunds and customers lost with their events). */
export interface KenticoCatchUpClient {
  listModifiedRefunds(modifiedSince: string, limit?: number): Promise<ModifiedRefundsPage>;
  listModifiedCustomers(modifiedSince: string, limit?: number): Promise<ModifiedCustomersPage>;
}

export function createCatchUpClient({ call }: BridgeHttp): KenticoCatchUpClient {
  const pathOf = (base: string, modifiedSince: string, limit: number) =>
    `${base}?${new URLSearchParams({ modifiedSince, limit: String(limit) })}`;
  return {
    async listModifiedRefunds(modifiedSince, limit = 100) {
      const what = 'modified refunds';
      const path = pathOf(CATCH_UP_PATHS.modifiedRefunds, modifiedSince, limit);
      return parseBridgeBody(ModifiedRefundsPage, await call({ method: 'GET', path, what }), what);
    },
    async listModifiedCustomers(modifiedSince, limit = 100) {
      const what = 'modified customers';
      const path = pathOf(CATCH_UP_PATHS.modifiedCustomers, modifiedSince, limit);
      const raw = await call({ method: 'GET', path, what });
      return parseBridgeBody(ModifiedCustomersPage, raw, what);
    },
  };
}
