import type { Router } from 'express';

import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import type { BrightpearlAuth } from '../auth';
import { createAuthorizeStates } from './authorize-state';
import { oauthCallbackRouter } from './callback-router';
import { createConnectionStore } from './connection-store';
import {
  type BrightpearlOAuthService,
  createOAuthService,
  type OnConnectionStored,
} from './oauth-service';
import type { BrightpearlOAuthSettings } from './settings';
import { createTokenCipher } from './token-cipher';
import { createTokenEndpoint, type TokenEndpoint } from './token-endpoint';
import { createTokenSource, type TokenSource } from './token-source';

type OAuthAuth = Extract<BrightpearlAuth, { mode: 'oauth' }>;

export interface BrightpearlOAuthOptions {
  db: Db;
  logger: Logger;
  settings: BrightpearlOAuthSettings;
  /** The configured OAuth auth: app ref (= client id), dev ref, static token fallback. */
  auth: OAuthAuth;
  accountCode: string;
  /** `{scheme}://{host}/public-api/{account}` from configuration, used until connected. */
  configuredApiBase: string;
  clock?: () => number;
  /** Tests: a token endpoint double; default the real one at settings.oauthBaseUrl. */
  endpoint?: TokenEndpoint;
  /** Runs in the transaction storing a new connection (the companion writes its audit entry). */
  onStored?: OnConnectionStored;
}

/** Everything OAuth, wired: what the client, the admin API and the HTTP app each need. */
export interface BrightpearlOAuth {
  service: BrightpearlOAuthService;
  tokens: TokenSource;
  /** For the Brightpearl client: stored tokens (refreshed), the static token as fallback. */
  auth: BrightpearlAuth;
  /** For the Brightpearl client: the API root of the current token's `api_domain`. */
  apiBaseUrl: () => Promise<string>;
  /** Mount on the companion app (public: GET /oauth/brightpearl/callback). */
  callbackRouter: Router;
  /**
   * Runs `listener` after each completed connect on this instance, e.g. to register the
   * webhooks a not-yet-connected start could not. Not awaited by the callback; failures logged.
   */
  onConnected(listener: () => Promise<unknown>): void;
}

export function createBrightpearlOAuth(options: BrightpearlOAuthOptions): BrightpearlOAuth {
  const { db, logger, settings, accountCode, clock } = options;
  const connections = createConnectionStore({
    cipher: createTokenCipher(settings.encryptionKey),
    accountCode,
  });
  const endpoint =
    options.endpoint ??
    createTokenEndpoint({
      oauthBaseUrl: settings.oauthBaseUrl,
      accountCode,
      clientId: options.auth.appRef,
      clientSecret: settings.clientSecret,
    });
  const tokens = createTokenSource({
    db,
    logger,
    connections,
    endpoint,
    fallbackToken: options.auth.accessToken,
    configuredApiBase: options.configuredApiBase,
    accountCode,
    clock,
  });
  const listeners: Array<() => Promise<unknown>> = [];
  const connected = () => {
    tokens.invalidate();
    for (const listener of listeners) {
      listener().catch((error: unknown) =>
        logger.warn('After-connect work failed', { error: (error as Error).message }),
      );
    }
  };
  const service = createOAuthService({
    db,
    logger,
    accountCode,
    redirectUrl: settings.redirectUrl,
    connections,
    states: createAuthorizeStates(accountCode),
    endpoint,
    onConnected: connected,
    onStored: options.onStored,
    clock,
  });
  return {
    service,
    tokens,
    auth: {
      ...options.auth,
      accessToken: () => tokens.accessToken(),
      onUnauthorized: (rejected) => tokens.renewAfterUnauthorized(rejected),
      installationInstanceId: () => tokens.installationInstanceId(),
      reconnectBy: () => tokens.reconnectBy(),
    },
    apiBaseUrl: () => tokens.apiBaseUrl(),
    callbackRouter: oauthCallbackRouter({ oauth: service, logger }),
    onConnected: (listener) => void listeners.push(listener),
  };
}
