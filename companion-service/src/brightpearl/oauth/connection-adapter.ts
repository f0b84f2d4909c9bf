import type { BrightpearlOAuthService } from './oauth-service';

/** The shape the admin Connection endpoint asks for (AdminApiDeps['oauth']). */
export interface OAuthConnectionProbe {
  status(): Promise<{ authorised: boolean; expiresAt: string | null }>;
}

/**
 * Adapts the OAuth status for the Connection endpoint: authorised only while a stored
 * connection is usable ('connected'); 'not-connected' (even with the legacy static token) and
 * 'reconnect-required' are not, so the screen offers Connect / Reconnect.
 */
export function connectionProbe(oauth: BrightpearlOAuthService): OAuthConnectionProbe {
  return {
    async status() {
      const status = await oauth.status();
      return { authorised: status.state === 'connected', expiresAt: status.expiresAt };
    },
  };
}
