import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import type { ConnectionStore, StoredConnection } from './connection-store';
import { OAuthTokenRefusedError } from './errors';
import { extendsLife } from './refresh-policy';
import type { TokenEndpoint } from './token-endpoint';

export interface RefreshDeps {
  db: Db;
  connections: ConnectionStore;
  endpoint: TokenEndpoint;
  logger: Logger;
  now: () => Date;
}

type Outcome = 'unchanged' | 'refreshed' | 'life-not-extended' | 'refused';

/**
 * Refreshes the access token at most once across every companion instance. The connection row
 * is locked (FOR UPDATE) first, so refreshers queue; each re-reads the row under the lock and
 * asks `stillNeeded` — a second refresher finds the first one's new token and stops there,
 * instead of spending a refresh token Brightpearl has already replaced. The new tokens are
 * committed before anyone uses them: a crash can lose an access token, never the only valid
 * refresh token.
 *
 * Only a reconnect can help when Brightpearl refuses the refresh token, or when the refreshed
 * token lives no longer than the old one (see extendsLife): the row is then marked
 * `reconnect-required`, its access token is used until it expires, and nothing refreshes it
 * again. Resolves with the connection as it stands (that status included), or null when there
 * is none; throws only what a later attempt may overcome (an endpoint outage).
 */
export async function refreshSerialised(
  deps: RefreshDeps,
  stillNeeded: (current: StoredConnection) => boolean,
): Promise<StoredConnection | null> {
  const { connections } = deps;
  const { connection, outcome } = await deps.db.transaction(async (tx) => {
    const current = await connections.read(tx, { lock: true });
    if (!current || current.status !== 'connected' || !stillNeeded(current)) {
      return { connection: current, outcome: 'unchanged' as Outcome };
    }
    const result = await refreshRow(deps, tx, current);
    return { connection: await connections.read(tx), outcome: result };
  });
  report(deps.logger, outcome, connection);
  return connection;
}

async function refreshRow(deps: RefreshDeps, tx: Db, current: StoredConnection): Promise<Outcome> {
  try {
    const grant = await deps.endpoint.refresh(current.refreshToken);
    const now = deps.now();
    await deps.connections.saveRefreshed(tx, { grant, now });
    if (extendsLife(current, grant, now)) return 'refreshed';
    await deps.connections.markReconnectRequired(tx);
    return 'life-not-extended';
  } catch (error) {
    if (!(error instanceof OAuthTokenRefusedError && error.invalidGrant)) throw error;
    // Retrying a refused refresh token can never succeed: stop and ask for a reconnect.
    await deps.connections.markReconnectRequired(tx);
    deps.logger.error('Brightpearl refused the refresh token; reconnect required', {
      error: error.message,
    });
    return 'refused';
  }
}

function report(logger: Logger, outcome: Outcome, connection: StoredConnection | null): void {
  const expiresAt = connection?.expiresAt.toISOString();
  if (outcome === 'refreshed') logger.info('Brightpearl access token refreshed', { expiresAt });
  if (outcome === 'life-not-extended') {
    logger.warn(
      'Brightpearl refreshed the token without extending its life; reconnect before it expires',
      { expiresAt },
    );
  }
}
