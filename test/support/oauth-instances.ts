import {
  type BrightpearlOAuth,
  createBrightpearlClient,
  createBrightpearlOAuth,
  createSilentLogger,
  type Db,
} from '@bpkc/companion-service';
import type { BrightpearlSimulator } from '@bpkc/sandbox';

import { ACCOUNT, APP_REF, consent, ENCRYPTION_KEY } from './oauth-helpers';

export const STATIC_TOKEN = 'static-env-token';

/**
 * One companion instance's OAuth parts on a shared store, with a clock the test moves: what
 * the companion wires in OAuth mode, without the queue and workers around it.
 */
export function oauthInstance(input: {
  db: Db;
  simulatorUrl: string;
  clock: () => number;
}): BrightpearlOAuth {
  const origin = new URL(input.simulatorUrl).origin;
  return createBrightpearlOAuth({
    db: input.db,
    logger: createSilentLogger(),
    settings: {
      oauthBaseUrl: origin,
      redirectUrl: 'https://companion.example.com/oauth/brightpearl/callback',
      encryptionKey: ENCRYPTION_KEY,
    },
    auth: { mode: 'oauth', appRef: APP_REF, devRef: 'dev', accessToken: STATIC_TOKEN },
    accountCode: ACCOUNT,
    configuredApiBase: input.simulatorUrl,
    clock: input.clock,
  });
}

/** The Brightpearl client as the companion builds it in OAuth mode. */
export function oauthClient(oauth: BrightpearlOAuth) {
  return createBrightpearlClient({ baseUrl: oauth.apiBaseUrl, auth: oauth.auth, budgetShare: 1 });
}

/** A whole connect, the browser steps played by the test. */
export async function connect(oauth: BrightpearlOAuth, actor = 'alice'): Promise<void> {
  const { authorizeUrl } = await oauth.service.startAuthorization(actor);
  const callback = await consent(authorizeUrl);
  await oauth.service.completeAuthorization({
    code: callback.searchParams.get('code') ?? undefined,
    state: callback.searchParams.get('state') ?? undefined,
  });
}

export async function clearConnection(db: Db): Promise<void> {
  await db.query('DELETE FROM brightpearl_oauth_connection');
  await db.query('DELETE FROM brightpearl_oauth_states');
}

export type { BrightpearlSimulator };
