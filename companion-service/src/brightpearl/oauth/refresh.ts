import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import type { ConnectionStore, StoredConnection } from './connection-store';
import { OAuthReconnectRequiredError, OAuthTokenRefusedError } from './errors';
import type { TokenEndpoint } from './token-endpoint';

export interface RefreshDeps {
  db: Db;
  connections: ConnectionStore;
  endpoint: TokenEndpoint;
  logger: Logger;
  now: () => Date;
}

/**
 * Refreshes the access token at most once across every companion instance. The connection row
 * is locked (FOR UPDATE) first, so refreshers queue; each re-reads the row under the lock and
 * asks `stillNeeded` — a second refresher finds the first one's new token and stops there,
 * instead of spending a refresh token Brightpearl has already replaced. The new tokens are
 * committed before anyone uses them: a crash can lose an access token, never the only valid
 * refresh token. Resolves with the connection as it stands, or null when there is none.
 */
export async function refreshSerialised(
  deps: RefreshDeps,
  stillNeeded: (current: StoredConnection) => boolean,
): Promise<StoredConnection | null> {
  const { connections } = deps;
  const outcome = await deps.db.transaction(async (tx) => {
    const current = await connections.read(tx, { lock: true });
    if (!current || current.status !== 'connected' || !stillNeeded(current)) {
      return { connection: current, refreshed: false };
    }
    try {
      const grant = await deps.endpoint.refresh(current.refreshToken);
      await connections.saveRefreshed(tx, { grant, now: deps.now() });
      return { connection: await connections.read(tx), refreshed: true };
    } catch (error) {
      if (!(error instanceof OAuthTokenRefusedError && error.invalidGrant)) throw error;
      // Retrying a refused refresh token can never succeed: stop and ask for a reconnect.
      await connections.markReconnectRequired(tx);
      deps.logger.error('Brightpearl refused the refresh token; reconnect required', {
        error: error.message,
      });
      return { connection: null, refreshed: false, reconnectRequired: true };
    }
  });
  if ('reconnectRequired' in outcome) throw new OAuthReconnectRequiredError();
  const { connection } = outcome;
  if (connection?.status === 'reconnect-required') throw new OAuthReconnectRequiredError();
  if (outcome.refreshed && connection) {
    deps.logger.info('Brightpearl access token refreshed', {
      expiresAt: connection.expiresAt.toISOString(),
    });
  }
  return connection;
}
