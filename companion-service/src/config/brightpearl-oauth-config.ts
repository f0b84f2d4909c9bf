import { OAUTH_CALLBACK_PATH } from '../brightpearl/oauth/paths';
import type { BrightpearlOAuthSettings } from './config';
import type { Env } from './env-schema';

/** Settings the OAuth mode needs on top of the common live ones. */
export const OAUTH_REQUIRED_KEYS = [
  'BRIGHTPEARL_APP_REF',
  'BRIGHTPEARL_DEV_REF',
  'TOKEN_ENCRYPTION_KEY',
] as const satisfies ReadonlyArray<keyof Env>;

/** Undefined in account-token mode. Call only after the required keys were checked. */
export function brightpearlOAuthSettings(env: Env): BrightpearlOAuthSettings | undefined {
  if (env.BRIGHTPEARL_AUTH_MODE !== 'oauth' || !env.TOKEN_ENCRYPTION_KEY) return undefined;
  const publicUrl = (env.PUBLIC_URL ?? '').replace(/\/+$/, '');
  return {
    oauthBaseUrl: env.BRIGHTPEARL_OAUTH_BASE_URL,
    redirectUrl: env.BRIGHTPEARL_OAUTH_REDIRECT_URL ?? `${publicUrl}${OAUTH_CALLBACK_PATH}`,
    clientSecret: env.BRIGHTPEARL_CLIENT_SECRET,
    encryptionKey: env.TOKEN_ENCRYPTION_KEY,
  };
}

/**
 * Before the merchant connects (and without the legacy static BRIGHTPEARL_ACCESS_TOKEN) there
 * is no token: Brightpearl calls then fail as auth errors, which pause the queue, not the orders.
 */
export function notConnectedYet(): Promise<string> {
  return Promise.reject(new Error('Brightpearl is not connected yet (OAuth)'));
}
