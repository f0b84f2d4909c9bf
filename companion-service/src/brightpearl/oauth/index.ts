export { createBrightpearlOAuth } from './create-oauth';
export type { BrightpearlOAuth, BrightpearlOAuthOptions } from './create-oauth';
export type {
  BrightpearlOAuthService,
  OnConnectionStored,
  StoredConnection,
} from './oauth-service';
export { notApplicableOAuth } from './not-applicable';
export { connectionProbe } from './connection-adapter';
export type { OAuthConnectionProbe } from './connection-adapter';
export type { BrightpearlOAuthSettings } from './settings';
export type { TokenSource } from './token-source';
export { REFRESH_WINDOW_MS } from './token-source';
export { OAUTH_CALLBACK_PATH } from './paths';
export {
  BrightpearlOAuthError,
  OAuthCallbackError,
  OAuthNotApplicableError,
  OAuthReconnectRequiredError,
  OAuthTokenEndpointError,
  OAuthTokenRefusedError,
  TokenDecryptError,
} from './errors';
export { createTokenCipher } from './token-cipher';
export type { TokenCipher } from './token-cipher';
