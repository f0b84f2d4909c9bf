import type { StoredConnection } from './connection-store';
import { OAuthReconnectRequiredError } from './errors';
import { refreshSerialised, type RefreshDeps } from './refresh';

/** Refresh when the access token expires within this window (ARCHITECTURE §6). */
export const REFRESH_WINDOW_MS = 10 * 60_000;
/** How long a read of the connection row is reused; another instance's refresh shows after this. */
const CACHE_TTL_MS = 30_000;

export interface TokenSourceOptions extends Omit<RefreshDeps, 'now'> {
  /** The static BRIGHTPEARL_ACCESS_TOKEN path, used while no connection is stored. */
  fallbackToken: string | (() => Promise<string> | string);
  /** `{scheme}://{host}/public-api/{account}` from configuration. */
  configuredApiBase: string;
  accountCode: string;
  clock?: () => number;
}

/** What the Brightpearl client asks for on every call in OAuth mode. */
export interface TokenSource {
  /** A token valid for at least the refresh window, refreshed first when needed. */
  accessToken(): Promise<string>;
  /** `https://{api_domain}/public-api/{account}` once connected (the scheme of configuration). */
  apiBaseUrl(): Promise<string>;
  /** After Brightpearl answered 401 to `rejected`: true when another token is ready to retry. */
  renewAfterUnauthorized(rejected: string): Promise<boolean>;
  /** Drops the cached row (after a connect on this instance). */
  invalidate(): void;
}

export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const clock = options.clock ?? Date.now;
  const deps: RefreshDeps = { ...options, now: () => new Date(clock()) };
  let cache: { connection: StoredConnection | null; at: number } | undefined;

  const current = async (): Promise<StoredConnection | null> => {
    if (cache && clock() - cache.at < CACHE_TTL_MS) return cache.connection;
    const connection = await options.connections.read(options.db);
    cache = { connection, at: clock() };
    return connection;
  };
  const refresh = async (stillNeeded: (row: StoredConnection) => boolean) => {
    try {
      const connection = await refreshSerialised(deps, stillNeeded);
      cache = { connection, at: clock() };
      return connection;
    } catch (error) {
      cache = undefined;
      throw error;
    }
  };
  const expiringSoon = (row: StoredConnection) =>
    row.expiresAt.getTime() - clock() <= REFRESH_WINDOW_MS;
  const fallback = async () =>
    typeof options.fallbackToken === 'string' ? options.fallbackToken : options.fallbackToken();

  return {
    async accessToken() {
      const connection = await current();
      if (!connection) return fallback();
      const stillValid = connection.expiresAt.getTime() > clock();
      if (connection.status === 'reconnect-required') {
        // The refresh token is dead, not (yet) the access token: sync until it expires.
        if (stillValid) return connection.accessToken;
        throw new OAuthReconnectRequiredError();
      }
      if (!expiringSoon(connection)) return connection.accessToken;
      try {
        const fresh = await refresh(expiringSoon);
        return fresh ? fresh.accessToken : await fallback();
      } catch (error) {
        if (!stillValid) throw error;
        if (!(error instanceof OAuthReconnectRequiredError)) {
          // A token endpoint outage must not stop sync while the current token still works.
          options.logger.warn('Brightpearl token refresh failed; using the current token', {
            error: (error as Error).message,
            expiresAt: connection.expiresAt.toISOString(),
          });
        }
        return connection.accessToken;
      }
    },
    async apiBaseUrl() {
      const connection = await current().catch(() => null);
      if (!connection?.apiDomain) return options.configuredApiBase;
      const { protocol } = new URL(options.configuredApiBase);
      return `${protocol}//${connection.apiDomain}/public-api/${encodeURIComponent(options.accountCode)}`;
    },
    async renewAfterUnauthorized(rejected) {
      if (!(await current())) return false;
      try {
        const fresh = await refresh((row) => row.accessToken === rejected);
        return fresh !== null && fresh.accessToken !== rejected;
      } catch (error) {
        options.logger.warn('Brightpearl token refresh after 401 failed', {
          error: (error as Error).message,
        });
        return false;
      }
    },
    invalidate() {
      cache = undefined;
    },
  };
}
