import { z } from 'zod';

import { Timestamp } from './common';

/**
 * GET /connection/oauth: the Brightpearl OAuth connection as the Connection screen shows it.
 * `not-applicable` in account-token mode (a private app has nothing to connect);
 * `reconnect-required` once Brightpearl refused the stored refresh token (revoked app, token
 * lost), or answered a refresh without extending the token's life: only the merchant going
 * through the consent page again can repair it. Sync goes on until `expiresAt` meanwhile.
 */
export const OAuthStatus = z.object({
  mode: z.enum(['account-token', 'oauth']),
  state: z.enum(['connected', 'not-connected', 'reconnect-required', 'not-applicable']),
  accountCode: z.string(),
  /** When the current access token expires (refreshed before then, unless reconnect-required). */
  expiresAt: Timestamp.nullable(),
  connectedAt: Timestamp.nullable(),
  /** The admin user (token `sub`) who last completed the connection. */
  connectedBy: z.string().nullable(),
});
export type OAuthStatus = z.infer<typeof OAuthStatus>;

/** POST /connection/oauth/authorize: where to send the merchant's browser (Brightpearl consent). */
export const OAuthAuthorizeResult = z.object({ authorizeUrl: z.url() });
export type OAuthAuthorizeResult = z.infer<typeof OAuthAuthorizeResult>;
