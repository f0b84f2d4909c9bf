import { createHmac } from 'node:crypto';

import type { HostileContext } from './hostile-case';
import { adminToken, nowSeconds } from './signing';

/**
 * The claims a Kentico admin page mints (issue 12: audience, issued-at and installation id on
 * top of sub/permissions/exp). Each forged variant changes one thing.
 */
export function claims(
  ctx: HostileContext,
  permissions: Array<'view' | 'edit'>,
  change: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = nowSeconds();
  return {
    sub: 'hostile@shop.example.com',
    permissions,
    iat: now,
    exp: now + 300,
    aud: ctx.audience,
    iid: ctx.installationId,
    ...change,
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const viewToken = (ctx: HostileContext) =>
  bearer(adminToken(ctx.adminSecret, claims(ctx, ['view'])));
export const editToken = (ctx: HostileContext) =>
  bearer(adminToken(ctx.adminSecret, claims(ctx, ['view', 'edit'])));

/** Tokens the admin API must refuse with 401, each wrong in one way. */
export const FORGED: Array<[string, (ctx: HostileContext) => Record<string, string>]> = [
  ['no Authorization header', () => ({})],
  ['empty Bearer', () => ({ authorization: 'Bearer ' })],
  ['Basic scheme', () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' })],
  ['one part only', () => bearer('abc')],
  ['three parts', () => bearer('a.b.c')],
  [
    'signed with another secret',
    (ctx) => bearer(adminToken('q'.repeat(64), claims(ctx, ['view', 'edit']))),
  ],
  [
    'expired',
    (ctx) => bearer(adminToken(ctx.adminSecret, claims(ctx, ['view'], { exp: nowSeconds() - 5 }))),
  ],
  [
    'lives a day',
    (ctx) =>
      bearer(adminToken(ctx.adminSecret, claims(ctx, ['view'], { exp: nowSeconds() + 86_400 }))),
  ],
  [
    'issued in the future',
    (ctx) =>
      bearer(
        adminToken(
          ctx.adminSecret,
          claims(ctx, ['view'], { iat: nowSeconds() + 3600, exp: nowSeconds() + 3900 }),
        ),
      ),
  ],
  [
    'other audience',
    (ctx) => bearer(adminToken(ctx.adminSecret, claims(ctx, ['view'], { aud: 'another-app' }))),
  ],
  [
    'other installation',
    (ctx) => bearer(adminToken(ctx.adminSecret, claims(ctx, ['view'], { iid: 'another-shop' }))),
  ],
  [
    'no audience, issued-at or installation (old style)',
    (ctx) =>
      bearer(
        adminToken(ctx.adminSecret, {
          sub: 'x',
          permissions: ['view', 'edit'],
          exp: nowSeconds() + 300,
        }),
      ),
  ],
  ['claims not JSON', (ctx) => bearer(forgedPayload(ctx.adminSecret, 'not json'))],
  [
    'exp as a string',
    (ctx) =>
      bearer(
        adminToken(ctx.adminSecret, claims(ctx, ['view'], { exp: String(nowSeconds() + 300) })),
      ),
  ],
  [
    'permissions not a list',
    (ctx) => bearer(adminToken(ctx.adminSecret, claims(ctx, [], { permissions: 'edit' }))),
  ],
];

/** A correctly signed token whose payload is any text. */
function forgedPayload(secret: string, text: string): string {
  const payload = Buffer.from(text).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload, 'ascii').digest('base64url')}`;
}
