import { randomBytes } from 'node:crypto';

/** Simulator OAuth settings (reference §1.3). */
export interface OAuthSimulatorConfig {
  /** When set, the token endpoint requires it (an app with confidential OAuth). */
  clientSecret?: string;
  /** Lifetime of issued access tokens; Brightpearl's observed value is 7 days. */
  accessTokenLifetimeSeconds: number;
  /** `api_domain` in token answers; default: the Host the token request was sent to. */
  apiDomain?: string;
  /** Delay before the token endpoint answers (default 0), so tests can make refreshes overlap. */
  latencyMs?: number;
  /**
   * Life of a refreshed access token. `remaining` (default): the old token's remaining lifetime,
   * as recorded (reference §1.3: a refresh answered `expires_in` 537227, not 604800), so the
   * authorisation ends where the connect's first token did. `full`: a whole new lifetime.
   */
  refreshedLifetime?: 'remaining' | 'full';
}

/** The recorded error texts (reference §1.3 [REC]). */
export const GRANT_EXPIRED = 'The auth token has either expired or does not exist';
export const REDIRECT_MISMATCH = 'Redirect uri does not match that used to request auth token';

/** Authorization codes live briefly and once; the real lifetime is UNCONFIRMED. */
const CODE_LIFETIME_MS = 5 * 60_000;

export type GrantOutcome =
  | { ok: true; accessToken: string; refreshToken: string; expiresIn: number }
  | {
      ok: false;
      error: 'invalid_grant' | 'invalid_client' | 'unsupported_grant_type';
      description?: string;
    };

interface Grantee {
  clientId: string;
  /** When the authorisation's tokens stop working (refreshes keep it in `remaining` mode). */
  endsAt: number;
}

/**
 * Codes, access tokens and refresh tokens the simulated account has issued. Tokens look like
 * Brightpearl's (base64 with `+`, `/`, `=`) so a client that forgets to URL-encode them fails.
 */
export class OAuthRegistry {
  /** Successful grants by type, and every token request (refused ones included). */
  readonly grants = { authorizationCode: 0, refreshToken: 0 };
  tokenRequests = 0;
  private readonly codes = new Map<
    string,
    { clientId: string; redirectUri: string; expiresAt: number }
  >();
  private readonly accessTokens = new Map<string, { expiresAt: number }>();
  private readonly refreshTokens = new Map<string, Grantee>();

  constructor(
    private readonly config: OAuthSimulatorConfig,
    private readonly clock: () => number,
  ) {}

  issueCode(input: { clientId: string; redirectUri: string }): string {
    const code = token();
    this.codes.set(code, { ...input, expiresAt: this.clock() + CODE_LIFETIME_MS });
    return code;
  }

  exchangeCode(input: { code: string; clientId: string; redirectUri: string }): GrantOutcome {
    const issued = this.codes.get(input.code);
    if (!issued || issued.expiresAt <= this.clock() || issued.clientId !== input.clientId) {
      return { ok: false, error: 'invalid_grant', description: GRANT_EXPIRED };
    }
    if (issued.redirectUri !== input.redirectUri) {
      return { ok: false, error: 'invalid_grant', description: REDIRECT_MISMATCH };
    }
    this.codes.delete(input.code);
    this.grants.authorizationCode++;
    return this.issueTokens({ clientId: issued.clientId, endsAt: this.fullLifeEnd() });
  }

  /**
   * The refresh token sent is spent: only the new one works from now on. In `remaining` mode
   * a refresh token dies with the authorisation it belongs to (UNCONFIRMED: the recordings show
   * the shortened lifetime, not what a refresh after the end answers; the recorded
   * "expired or does not exist" refusal is the one used).
   */
  refresh(input: { refreshToken: string; clientId: string }): GrantOutcome {
    const grantee = this.refreshTokens.get(input.refreshToken);
    if (!grantee || grantee.clientId !== input.clientId || grantee.endsAt <= this.clock()) {
      return { ok: false, error: 'invalid_grant', description: GRANT_EXPIRED };
    }
    this.refreshTokens.delete(input.refreshToken);
    this.grants.refreshToken++;
    const full = this.config.refreshedLifetime === 'full';
    return this.issueTokens({ ...grantee, endsAt: full ? this.fullLifeEnd() : grantee.endsAt });
  }

  checkClientSecret(secret: string | undefined): boolean {
    return this.config.clientSecret === undefined || secret === this.config.clientSecret;
  }

  accepts(accessToken: string): boolean {
    const issued = this.accessTokens.get(accessToken);
    return issued !== undefined && issued.expiresAt > this.clock();
  }

  get latencyMs(): number {
    return this.config.latencyMs ?? 0;
  }

  apiDomain(requestHost: string | undefined): string | undefined {
    return this.config.apiDomain ?? requestHost;
  }

  /** Tests: every access token issued so far answers 401 "Authorization token expired". */
  expireAccessTokens(): void {
    for (const issued of this.accessTokens.values()) issued.expiresAt = this.clock();
  }

  /** Tests: the app was disconnected in Brightpearl; refreshes answer invalid_grant. */
  revokeRefreshTokens(): void {
    this.refreshTokens.clear();
  }

  private fullLifeEnd(): number {
    return this.clock() + this.config.accessTokenLifetimeSeconds * 1000;
  }

  /** `expires_in` in whole seconds, as Brightpearl answers it; the token dies at `endsAt`. */
  private issueTokens(grantee: Grantee): GrantOutcome {
    const accessToken = token();
    const refreshToken = token();
    const expiresIn = Math.max(1, Math.floor((grantee.endsAt - this.clock()) / 1000));
    this.accessTokens.set(accessToken, { expiresAt: grantee.endsAt });
    this.refreshTokens.set(refreshToken, grantee);
    return { ok: true, accessToken, refreshToken, expiresIn };
  }
}

function token(): string {
  return randomBytes(33).toString('base64').slice(0, 43) + '=';
}
