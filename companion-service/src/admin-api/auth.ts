import { createHmac, timingSafeEqual } from 'node:crypto';

import {
  ADMIN_TOKEN_MAX_LIFETIME_SECONDS,
  type AdminPermission,
  AdminTokenClaims,
} from '@bpkc/shared-types';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { ForbiddenError, UnauthorizedError } from './errors';

/**
 * Admin token: `base64url(JSON claims) + "." + base64url(HMAC-SHA256(secret, first part))`.
 * The Kentico admin mints one per signed-in user (C#: HMACSHA256 over the ASCII of the first
 * part, Base64Url without padding), lifetime at most 15 minutes.
 */
export function mintAdminToken(secret: string, claims: AdminTokenClaims): string {
  const payload = Buffer.from(JSON.stringify(AdminTokenClaims.parse(claims))).toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

/** The claims of a valid token; throws UnauthorizedError naming what is wrong. */
export function verifyAdminToken(
  secret: string,
  token: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): AdminTokenClaims {
  const parts = token.split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || !payload || !signature || !BASE64URL.test(token.replace('.', ''))) {
    throw new UnauthorizedError('malformed admin token');
  }
  const expected = sign(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new UnauthorizedError('admin token signature is invalid');
  }
  const claims = AdminTokenClaims.safeParse(parseJson(payload));
  if (!claims.success) throw new UnauthorizedError('admin token claims are invalid');
  if (claims.data.exp <= nowSeconds) throw new UnauthorizedError('admin token expired');
  if (claims.data.exp > nowSeconds + ADMIN_TOKEN_MAX_LIFETIME_SECONDS) {
    throw new UnauthorizedError('admin token lives longer than 15 minutes');
  }
  return claims.data;
}

/** The default per method: GET needs 'view'; anything that may change state needs 'edit'. */
export function requiredPermission(method: string): AdminPermission {
  return method === 'GET' || method === 'HEAD' ? 'view' : 'edit';
}

/** Verifies `Authorization: Bearer <token>`; the claims go to res.locals. */
export function adminAuth(secret: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError('admin token missing (Authorization: Bearer)');
    setActor(res, verifyAdminToken(secret, match[1]!));
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
