import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

import { mintAdminToken } from '@bpkc/companion-service';
import request from 'supertest';

/** Test-only helpers for the Brightpearl OAuth suites. */
export const APP_REF = 'bpconnect-oauth-test';
export const ACCOUNT = 'sandbox';
export const ENCRYPTION_KEY = randomBytes(32);
export const ADMIN_SECRET = randomBytes(32).toString('hex');
/** The key the OAuth suites' companions check admin tokens against. */
export const ADMIN_TOKEN_KEY = {
  secret: ADMIN_SECRET,
  audience: 'https://companion.shop.example.com',
  installationId: 'shop-oauth-test',
};
export const OPERATOR = 'ops@shop.example.com';

/** The AES-GCM associated data the companion seals each token with. */
export const sealPurpose = (kind: 'access' | 'refresh') => `brightpearl-oauth:${ACCOUNT}:${kind}`;

export function adminAuth(permissions: Array<'view' | 'edit'>): { authorization: string } {
  const exp = Math.floor(Date.now() / 1000) + 300;
  const token = mintAdminToken(ADMIN_TOKEN_KEY, { sub: OPERATOR, permissions, exp });
  return { authorization: `Bearer ${token}` };
}

/** GETs a URL on a live server (no redirect following); supertest wants origin + path apart. */
export function getUrl(url: string | URL): request.Test {
  const target = new URL(url);
  return request(target.origin).get(`${target.pathname}${target.search}`);
}

/**
 * Plays the merchant at Brightpearl's consent page: the simulator redirects straight back.
 * Returns where it sends the browser, with `code` and `state`.
 */
export async function consent(authorizeUrl: string): Promise<URL> {
  const res = await getUrl(authorizeUrl);
  if (res.status !== 302) throw new Error(`consent answered ${res.status}`);
  return new URL(String(res.headers.location));
}

/** A port nobody listens on right now, so the redirect URL is known before the companion starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
