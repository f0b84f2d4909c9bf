/** The claims of an admin token, read (not verified: the companion verifies) to adapt the UI. */
export interface TokenClaims {
  sub: string;
  name?: string;
  permissions: string[];
  exp: number;
}

const NO_CLAIMS: TokenClaims = { sub: '', permissions: [], exp: 0 };

function base64UrlDecode(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Claims of `base64url(JSON).signature`; empty claims for anything malformed. */
export function readTokenClaims(token: string): TokenClaims {
  try {
    const parsed = JSON.parse(base64UrlDecode(token.split('.')[0] ?? '')) as Partial<TokenClaims>;
    if (typeof parsed.sub !== 'string' || !Array.isArray(parsed.permissions)) return NO_CLAIMS;
    return {
      sub: parsed.sub,
      name: typeof parsed.name === 'string' ? parsed.name : undefined,
      permissions: parsed.permissions.filter((p): p is string => typeof p === 'string'),
      exp: typeof parsed.exp === 'number' ? parsed.exp : 0,
    };
  } catch {
    return NO_CLAIMS;
  }
}

const REFRESH_BEFORE_EXPIRY_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;

/** How long to wait before asking Kentico for a fresh token. */
export function refreshDelayMs(expiresAt: string, now = Date.now()): number {
  const expiry = Date.parse(expiresAt);
  if (Number.isNaN(expiry)) return MIN_REFRESH_DELAY_MS;
  return Math.max(MIN_REFRESH_DELAY_MS, expiry - now - REFRESH_BEFORE_EXPIRY_MS);
}
