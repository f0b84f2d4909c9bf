import type { StoredConnection } from './connection-store';
import { OAuthReconnectRequiredError } from './errors';
import { refreshSerialised, type RefreshDeps } from './refresh';
import { MIN_REFRESH_INTERVAL_MS, refreshedRecently, refreshWindowMs } from './refresh-policy';

export { REFRESH_WINDOW_MS } from './refresh-policy';

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
  /** The stored access token, refreshed first when due (see refresh-policy). */
  accessToken(): Promise<string>;
  /** `https://{api_domain}/public-api/{account}` once connected (the scheme of configuration). */
  apiBaseUrl(): Promise<string>;
  /** After Brightpearl answered 401 to `rejected`: true when another token is ready to retry. */
  renewAfterUnauthorized(rejected: string): Promise<boolean>;
  /** The installation id the connect's token answer carried (reference §1.3), if any. */
  installationInstanceId(): Promise<number | null>;
  /**
   * When sync stops unless the merchant reconnects: the access token's expiry once the
   * connection is `reconnect-required` and that token still works; otherwise null.
   */
  reconnectBy(): Promise<Date | null>;
  /** Drops the cached row (after a connect on this instance). */
  invalidate(): void;
}

export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const clock = options.clock ?? Date.now;
  const deps: RefreshDeps = { ...options, now: () => new Date(clock()) };
  let cache: { connection: StoredConnection | null; at: number } | undefined;
  // This instance's last attempt, failed ones included: an outage of the token endpoint must
  // not turn every API call into a token request. Successful refreshes of every instance are
  // seen in the row's refreshed_at, under its lock.
  let lastAttempt = Number.NEGATIVE_INFINITY;

  const current = async (): Promise<StoredConnection | null> => {
    if (cache && clock() - cache.at < CACHE_TTL_MS) return cache.connection;
    const connection = await options.connections.read(options.db);
    cache = { connection, at: clock() };
    return connection;
  };
  const mayAttempt = () => clock() - lastAttempt >= MIN_REFRESH_INTERVAL_MS;
  const refresh = async (stillNeeded: (row: StoredConnection) => boolean) => {
    lastAttempt = clock();
    try {
      const connection = await refreshSerialised(deps, stillNeeded);
      cache = { connection, at: clock() };
      return connection;
    } catch (error) {
      cache = undefined;
      throw error;
    }
  };
  const due = (row: StoredConnection) =>
    row.status === 'connected' &&
    row.expiresAt.getTime() - clock() <= refreshWindowMs(row) &&
    !refreshedRecently(row, clock());
  const fallback = async () =>
    typeof options.fallbackToken === 'string' ? options.fallbackToken : options.fallbackToken();
  const ended = (row: StoredConnection) =>
    row.status === 'reconnect-required' && row.expiresAt.getTime() <= clock();
  /** A reconnect-required connection syncs on with its access token until that expires. */
  const usable = (row: StoredConnection) => {
    if (ended(row)) throw new OAuthReconnectRequiredError();
    return row.accessToken;
  };
  /** The cached row, read again while it says "ended": a reconnect elsewhere shows at once. */
  const live = async () => {
    const connection = await current();
    if (!connection || !ended(connection)) return connection;
    cache = undefined;
    return current();
  };

  return {
    async accessToken() {
      const connection = await live();
      if (!connection) return fallback();
      if (!due(connection) || !mayAttempt()) return usable(connection);
      let fresh: StoredConnection | null;
      try {
        fresh = await refresh(due);
      } catch (error) {
        if (connection.expiresAt.getTime() <= clock()) throw error;
        // A token endpoint outage must not stop sync while the current token still works.
        options.logger.warn('Brightpearl token refresh failed; using the current token', {
          error: (error as Error).message,
          expiresAt: connection.expiresAt.toISOString(),
        });
        return connection.accessToken;
      }
      return fresh ? usable(fresh) : fallback();
    },
    async apiBaseUrl() {
      const connection = await current().catch(() => null);
      if (!connection?.apiDomain) return options.configuredApiBase;
      const { protocol } = new URL(options.configuredApiBase);
      return `${protocol}//${connection.apiDomain}/public-api/${encodeURIComponent(options.accountCode)}`;
    },
    async renewAfterUnauthorized(rejected) {
      if (!(await current())) return false;
      if (!mayAttempt()) {
        // This instance refreshed a moment ago: retry only if the row holds another token now.
        cache = undefined;
        return ((await current())?.accessToken ?? rejected) !== rejected;
      }
      try {
        const fresh = await refresh(
          (row) => row.accessToken === rejected && !refreshedRecently(row, clock()),
        );
        return fresh !== null && fresh.accessToken !== rejected;
      } catch (error) {
        options.logger.warn('Brightpearl token refresh after 401 failed', {
          error: (error as Error).message,
        });
        return false;
      }
    },
    async installationInstanceId() {
      const id = (await current().catch(() => null))?.installationInstanceId;
      return id && /^\d+$/.test(id) ? Number(id) : null;
    },
    async reconnectBy() {
      const connection = await current().catch(() => null);
      if (connection?.status !== 'reconnect-required') return null;
      return connection.expiresAt.getTime() > clock() ? connection.expiresAt : null;
    },
    invalidate() {
      cache = undefined;
    },
  };
}
