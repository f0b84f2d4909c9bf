import { BRIGHTPEARL_HEADERS } from '@bpkc/shared-types';

import { BrightpearlAuthError } from './errors';

/**
 * The two ways this product authenticates (reference §1.2): a private app's account token, or
 * an OAuth instance app. `accessToken` may be a function so a refreshed token is picked up on
 * the next attempt without rebuilding the client.
 */
export type BrightpearlAuth =
  | { mode: 'account-token'; appRef: string; accountToken: string }
  | {
      mode: 'oauth';
      appRef: string;
      devRef: string;
      accessToken: string | (() => Promise<string> | string);
      /**
       * Called once after Brightpearl answered 401 to `rejectedToken`; resolves true when a
       * new token is ready, and the call is then retried once (reference §1.3).
       */
      onUnauthorized?: (rejectedToken: string) => Promise<boolean>;
      /** The installation id the connect's token answer carried (reference §1.3), if known. */
      installationInstanceId?: () => Promise<number | null>;
      /** When sync stops unless the merchant reconnects (the token cannot be renewed), or null. */
      reconnectBy?: () => Promise<Date | null>;
    };

export async function authHeaders(
  auth: BrightpearlAuth,
  endpoint: string,
): Promise<Record<string, string>> {
  if (auth.mode === 'account-token') {
    return {
      [BRIGHTPEARL_HEADERS.appRef]: auth.appRef,
      [BRIGHTPEARL_HEADERS.accountToken]: auth.accountToken,
    };
  }
  let token: string;
  try {
    token = typeof auth.accessToken === 'string' ? auth.accessToken : await auth.accessToken();
  } catch (cause) {
    // No token means no connection: pause like a 401 rather than failing the record.
    throw new BrightpearlAuthError({ endpoint, code: 'BPKC-NO-TOKEN', cause });
  }
  return {
    Authorization: `Bearer ${token}`,
    [BRIGHTPEARL_HEADERS.appRef]: auth.appRef,
    [BRIGHTPEARL_HEADERS.devRef]: auth.devRef,
  };
}

/** True when the 401 just received is worth one retry: the auth renewed the rejected token. */
export async function renewedAfterUnauthorized(
  auth: BrightpearlAuth,
  sentHeaders: Record<string, string>,
): Promise<boolean> {
  if (auth.mode !== 'oauth' || !auth.onUnauthorized) return false;
  const rejected = /^Bearer (.+)$/.exec(sentHeaders.Authorization ?? '')?.[1];
  return rejected === undefined ? false : auth.onUnauthorized(rejected);
}
