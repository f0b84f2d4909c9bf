import type { OAuthAuthorizeResult, OAuthStatus } from '@bpkc/shared-types';

import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import type { AuthorizeStates } from './authorize-state';
import { type CallbackQuery, checkCallback } from './callback-query';
import type { ConnectionStore } from './connection-store';
import { OAuthCallbackError, OAuthTokenRefusedError } from './errors';
import type { TokenEndpoint } from './token-endpoint';
import type { TokenGrant } from './token-response';

/** The merchant-facing side of the OAuth connection: status, connect, callback. */
export interface BrightpearlOAuthService {
  status(): Promise<OAuthStatus>;
  /** Starts a connect for the admin user `actor` (its token's `sub`). */
  startAuthorization(actor: string): Promise<OAuthAuthorizeResult>;
  /** Handles Brightpearl's redirect; throws OAuthCallbackError naming what was wrong. */
  completeAuthorization(query: CallbackQuery): Promise<void>;
}

export interface OAuthServiceDeps {
  db: Db;
  logger: Logger;
  accountCode: string;
  redirectUrl: string;
  connections: ConnectionStore;
  states: AuthorizeStates;
  endpoint: TokenEndpoint;
  /** Called once new tokens are stored (drops this instance's cached connection). */
  onConnected: () => void;
  /** Runs in the transaction storing the tokens (the admin's audit entry commits with them). */
  onStored?: OnConnectionStored;
  clock?: () => number;
}

/** Who connected which Brightpearl installation: what the caller records (e.g. its audit log). */
export interface StoredConnection {
  connectedBy: string;
  accountCode: string;
  apiDomain: string | null;
  installationInstanceId: string | null;
}

export type OnConnectionStored = (tx: Db, connection: StoredConnection) => Promise<void>;

const UNKNOWN_STATE =
  'The connection request is unknown, already used or older than 10 minutes (state). ' +
  'Start again from the Kentico admin.';

export function createOAuthService(deps: OAuthServiceDeps): BrightpearlOAuthService {
  const now = () => new Date((deps.clock ?? Date.now)());
  return {
    status: () => readStatus(deps),
    async startAuthorization(actor) {
      const state = await deps.states.create(deps.db, { requestedBy: actor, now: now() });
      return { authorizeUrl: deps.endpoint.authorizeUrl({ redirectUri: deps.redirectUrl, state }) };
    },
    async completeAuthorization(query) {
      const { code, state } = checkCallback(query);
      const request = await deps.states.consume(deps.db, { state, now: now() });
      if (!request) throw new OAuthCallbackError(400, UNKNOWN_STATE);
      const grant = await exchange(deps, code);
      await storeConnection(deps, { grant, connectedBy: request.requestedBy, now: now() });
      deps.onConnected();
      deps.logger.info('Brightpearl connected (OAuth)', {
        apiDomain: grant.apiDomain,
        installationInstanceId: grant.installationInstanceId,
      });
    },
  };
}

async function readStatus(deps: OAuthServiceDeps): Promise<OAuthStatus> {
  const summary = await deps.connections.summary(deps.db);
  const base = { mode: 'oauth' as const, accountCode: deps.accountCode };
  if (!summary) {
    const none = { expiresAt: null, connectedAt: null, connectedBy: null };
    return { ...base, state: 'not-connected', ...none };
  }
  return {
    ...base,
    state: summary.status,
    expiresAt: summary.expiresAt.toISOString(),
    connectedAt: summary.connectedAt.toISOString(),
    connectedBy: summary.connectedBy,
  };
}

/** The code for tokens; a refusal or an outage becomes the callback page's message. */
async function exchange(deps: OAuthServiceDeps, code: string): Promise<TokenGrant> {
  try {
    return await deps.endpoint.exchangeCode({ code, redirectUri: deps.redirectUrl });
  } catch (error) {
    if (error instanceof OAuthTokenRefusedError) {
      throw new OAuthCallbackError(
        400,
        `Brightpearl refused the authorisation code: ${error.message}`,
      );
    }
    deps.logger.warn('Brightpearl token endpoint failed during connect', {
      error: (error as Error).message,
    });
    throw new OAuthCallbackError(502, 'Brightpearl could not be reached to finish the connection');
  }
}

/** The tokens and the caller's record of who connected (its audit entry), in one transaction. */
async function storeConnection(
  deps: OAuthServiceDeps,
  input: { grant: TokenGrant; connectedBy: string; now: Date },
): Promise<void> {
  const { grant, connectedBy } = input;
  await deps.db.transaction(async (tx) => {
    await deps.connections.saveConnected(tx, input);
    await deps.onStored?.(tx, {
      connectedBy,
      accountCode: deps.accountCode,
      apiDomain: grant.apiDomain,
      installationInstanceId: grant.installationInstanceId,
    });
  });
}
