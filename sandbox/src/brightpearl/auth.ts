import type { IncomingHttpHeaders } from 'node:http';

import { BRIGHTPEARL_HEADERS } from '@bpkc/shared-types';

import type { OAuthRegistry } from './oauth/oauth-registry';
import type { SimulatorConfig } from './options';

export type AuthResult = { ok: true } | { ok: false; message: string };

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Two accepted modes (reference §1.2): OAuth `Authorization: Bearer` + app-ref (dev-ref
 * optional), or private-app `brightpearl-account-token` + app-ref. A wrong token answers the
 * recorded string `Authorization token expired`; no token at all the legacy "Not
 * authenticated" text (reference §1.3). Bearer tokens issued by the OAuth host are accepted
 * until they expire, beside the fixed `oauthAccessToken`.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  config: Pick<SimulatorConfig, 'accountToken' | 'oauthAccessToken'>,
  issued?: Pick<OAuthRegistry, 'accepts'>,
): AuthResult {
  const appRef = header(headers, BRIGHTPEARL_HEADERS.appRef);
  const accountToken = header(headers, BRIGHTPEARL_HEADERS.accountToken);
  const bearer = /^Bearer\s+(.+)$/i.exec(header(headers, 'authorization') ?? '')?.[1]?.trim();
  if (accountToken === undefined && bearer === undefined) {
    return {
      ok: false,
      message: 'Not authenticated. You must provide a valid authentication token.',
    };
  }
  const tokenValid =
    (bearer !== undefined && (bearer === config.oauthAccessToken || issued?.accepts(bearer))) ||
    (accountToken !== undefined && accountToken === config.accountToken);
  if (!tokenValid || appRef === undefined || appRef.trim() === '') {
    return { ok: false, message: 'Authorization token expired' };
  }
  return { ok: true };
}
