/**
 * Failures of the OAuth connection. Messages name the endpoint and Brightpearl's error code,
 * never a token, a code or a state value, so they are safe to log and to show.
 */
export abstract class BrightpearlOAuthError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The token endpoint answered 400 `{ error, error_description }` (reference §1.3). */
export class OAuthTokenRefusedError extends BrightpearlOAuthError {
  readonly error: string;
  readonly description: string | undefined;

  constructor(details: { error: string; description?: string }) {
    const suffix = details.description ? ` (${details.description})` : '';
    super(`Brightpearl token endpoint refused the request: ${details.error}${suffix}`);
    this.error = details.error;
    this.description = details.description;
  }

  /** The code or refresh token is expired, revoked or already used: only a reconnect helps. */
  get invalidGrant(): boolean {
    return this.error === 'invalid_grant';
  }
}

/** No usable answer (network, 5xx, unexpected body): transient, try again later. */
export class OAuthTokenEndpointError extends BrightpearlOAuthError {}

/** Brightpearl refused the stored refresh token; the merchant must connect again. */
export class OAuthReconnectRequiredError extends BrightpearlOAuthError {
  constructor() {
    super('Brightpearl connection needs reconnecting from the Kentico admin (Connection screen)');
  }
}

/** The companion runs with a private-app account token: there is nothing to connect. */
export class OAuthNotApplicableError extends BrightpearlOAuthError {
  constructor() {
    super('Brightpearl auth mode is account-token: OAuth connect does not apply');
  }
}

/** A stored token that does not decrypt: TOKEN_ENCRYPTION_KEY changed, or the row was altered. */
export class TokenDecryptError extends BrightpearlOAuthError {}

/** What the OAuth callback page reports; `status` is the page's HTTP status. */
export class OAuthCallbackError extends BrightpearlOAuthError {
  constructor(
    readonly status: 400 | 502,
    message: string,
  ) {
    super(message);
  }
}
