import { createHmac, timingSafeEqual } from 'node:crypto';

import {
  ADMIN_TOKEN_CLOCK_SKEW_SECONDS,
  ADMIN_TOKEN_MAX_LIFETIME_SECONDS,
  type AdminPermission,
  AdminTokenClaims,
} from '@bpkc/shared-types';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { ForbiddenError, UnauthorizedError } from './errors';

/** What a token must match: the HMAC key(s), this companion (`aud`) and installation (`iid`). */
export interface AdminTokenKey {
  /** Signs new tokens and verifies them. */
  secret: string;
  /** Still verifies during a rotation (ADMIN_TOKEN_SECRET_PREVIOUS); never signs. */
  previousSecret?: string;
  audience: string;
  installationId: string;
}

/** The claims a caller chooses; `aud` and `iid` come from the key, `iat` defaults to now. */
export type AdminTokenGrant = Omit<AdminTokenClaims, 'aud' | 'iid' | 'iat'> & { iat?: number };

/**
 * Admin token: `base64url(JSON claims) + "." + base64url(HMAC-SHA256(secret, first part))`.
 * The Kentico admin mints one per signed-in user (C#: HMACSHA256 over the ASCII of the first
 * part, Base64Url without padding), lifetime at most 15 minutes (ADR 0007, ADR 0018).
 */
export function mintAdminToken(
  key: Omit<AdminTokenKey, 'previousSecret'>,
  grant: AdminTokenGrant,
): string {
  const claims = AdminTokenClaims.parse({
    ...grant,
    iat: grant.iat ?? Math.floor(Date.now() / 1000),
    aud: key.audience,
    iid: key.installationId,
  });
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(key.secret, payload).toString('base64url')}`;
}

/** The claims of a valid token; throws UnauthorizedError naming what is wrong. */
export function verifyAdminToken(
  key: AdminTokenKey,
  token: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): AdminTokenClaims {
  const parts = token.split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || !payload || !signature || !BASE64URL.test(token.replace('.', ''))) {
    throw new UnauthorizedError('malformed admin token');
  }
  if (!signedByAny([key.secret, key.previousSecret], payload, signature)) {
    throw new UnauthorizedError('admin token signature is invalid');
  }
  const claims = AdminTokenClaims.safeParse(parseJson(payload));
  if (!claims.success) throw new UnauthorizedError('admin token claims are invalid');
  checkClaims(key, claims.data, nowSeconds);
  return claims.data;
}

function checkClaims(key: AdminTokenKey, claims: AdminTokenClaims, now: number): void {
  // Same secret on two sites must not make one site's token good on the other.
  if (claims.aud !== key.audience)
    throw new UnauthorizedError('admin token is for another companion');
  if (claims.iid !== key.installationId) {
    throw new UnauthorizedError('admin token is for another installation');
  }
  if (claims.iat > now + ADMIN_TOKEN_CLOCK_SKEW_SECONDS) {
    throw new UnauthorizedError('admin token is issued in the future');
  }
  if (claims.exp <= now) throw new UnauthorizedError('admin token expired');
  if (claims.exp - claims.iat > ADMIN_TOKEN_MAX_LIFETIME_SECONDS) {
    throw new UnauthorizedError('admin token lives longer than 15 minutes');
  }
}

/** Every candidate is compared (no early exit), so timing does not tell which secret matched. */
function signedByAny(
  secrets: Array<string | undefined>,
  payload: string,
  signature: string,
): boolean {
  const given = Buffer.from(signature, 'base64url');
  let matched = false;
  for (const secret of secrets) {
    if (!secret) continue;
    const expected = sign(secret, payload);
    if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
  }
  return matched;
}

/** The default per method: GET needs 'view'; anything that may change state needs 'edit'. */
export function requiredPermission(method: string): AdminPermission {
  return method === 'GET' || method === 'HEAD' ? 'view' : 'edit';
}

/** Verifies `Authorization: Bearer <token>`; the claims go to res.locals. */
export function adminAuth(key: AdminTokenKey): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError('admin token missing (Authorization: Bearer)');
    setActor(res, verifyAdminToken(key, match[1]!));
    next();
  };
}

/** Per endpoint, after adminAuth: the token must carry the endpoint's permission. */
export function requirePermission(needed: AdminPermission): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!actorOf(res).permissions.includes(needed)) {
      throw new ForbiddenError(`permission '${needed}' required for ${req.method} ${req.path}`);
    }
    next();
  };
}

export function actorOf(res: Response): AdminTokenClaims {
  return res.locals.admin as AdminTokenClaims;
}

function setActor(res: Response, claims: AdminTokenClaims): void {
  res.locals.admin = claims;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function sign(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload, 'ascii').digest();
}

function parseJson(payload: string): unknown {
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
