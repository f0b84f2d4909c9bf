import { createHmac } from 'node:crypto';

import {
  ADMIN_TOKEN_CLOCK_SKEW_SECONDS,
  ADMIN_TOKEN_MAX_LIFETIME_SECONDS,
} from '@bpkc/shared-types';
import request from 'supertest';

import { mintAdminToken, verifyAdminToken } from './auth';
import {
  ADMIN_ORIGIN,
  bearer,
  type Harness,
  openHarness,
  SECRET,
  TOKEN_KEY,
  token,
} from './test-harness';

const now = () => Math.floor(Date.now() / 1000);

describe('admin token', () => {
  const grant = { sub: 'alice', name: 'Alice', permissions: ['view' as const] };

  it('round-trips claims, naming this companion and installation, and rejects another secret', () => {
    const at = now();
    const claims = verifyAdminToken(
      TOKEN_KEY,
      mintAdminToken(TOKEN_KEY, { ...grant, exp: at + 60 }),
    );
    expect(claims).toEqual({
      ...grant,
      exp: at + 60,
      iat: expect.any(Number),
      aud: TOKEN_KEY.audience,
      iid: TOKEN_KEY.installationId,
    });
    const forged = mintAdminToken(
      { ...TOKEN_KEY, secret: 'another-secret-another-secret-xx' },
      { ...grant, exp: at + 60 },
    );
    expect(() => verifyAdminToken(TOKEN_KEY, forged)).toThrow('signature is invalid');
  });

  it('rejects a changed payload, a malformed token, expiry and a lifetime over 15 minutes', () => {
    const valid = token(['view']);
    const [, signature] = valid.split('.');
    const escalated = Buffer.from(
      JSON.stringify({ sub: 'alice', permissions: ['view', 'edit'], exp: now() + 60 }),
    ).toString('base64url');
    expect(() => verifyAdminToken(TOKEN_KEY, `${escalated}.${signature}`)).toThrow('signature');
    expect(() => verifyAdminToken(TOKEN_KEY, 'not-a-token')).toThrow('malformed');
    expect(() => verifyAdminToken(TOKEN_KEY, token(['view'], { exp: now() - 1 }))).toThrow(
      'expired',
    );
    // One reading of the clock for both sides, so a second ticking over cannot hide the excess.
    const at = now();
    const long = mintAdminToken(TOKEN_KEY, { ...grant, iat: at, exp: at + 901 });
    expect(() => verifyAdminToken(TOKEN_KEY, long, at)).toThrow('15 minutes');
  });

  it('refuses a token minted for another companion or installation with the same secret', () => {
    const exp = now() + 60;
    const otherSite = mintAdminToken(
      { ...TOKEN_KEY, audience: 'https://other.example.com' },
      {
        ...grant,
        exp,
      },
    );
    expect(() => verifyAdminToken(TOKEN_KEY, otherSite)).toThrow('for another companion');
    const otherInstall = mintAdminToken(
      { ...TOKEN_KEY, installationId: 'other-shop' },
      {
        ...grant,
        exp,
      },
    );
    expect(() => verifyAdminToken(TOKEN_KEY, otherInstall)).toThrow('for another installation');
  });

  it('refuses a token without aud, iid or iat (the format before ADR 0018)', () => {
    const payload = Buffer.from(JSON.stringify({ ...grant, exp: now() + 60 })).toString(
      'base64url',
    );
    const signature = createHmac('sha256', SECRET).update(payload, 'ascii').digest('base64url');
    expect(() => verifyAdminToken(TOKEN_KEY, `${payload}.${signature}`)).toThrow(
      'claims are invalid',
    );
  });

  it('refuses tokens from the future, beyond the clock-skew tolerance', () => {
    const at = now();
    const skewed = (iat: number) =>
      mintAdminToken(TOKEN_KEY, { ...grant, iat, exp: iat + ADMIN_TOKEN_MAX_LIFETIME_SECONDS });
    expect(verifyAdminToken(TOKEN_KEY, skewed(at + ADMIN_TOKEN_CLOCK_SKEW_SECONDS), at).sub).toBe(
      'alice',
    );
    expect(() =>
      verifyAdminToken(TOKEN_KEY, skewed(at + ADMIN_TOKEN_CLOCK_SKEW_SECONDS + 1), at),
    ).toThrow('issued in the future');
  });

  it('accepts the previous secret during a rotation, and only until it is removed', () => {
    const oldKey = { ...TOKEN_KEY, secret: 'the-previous-admin-secret-4f9a1c7e2b' };
    const minted = mintAdminToken(oldKey, { ...grant, exp: now() + 60 });
    const rotating = { ...TOKEN_KEY, previousSecret: oldKey.secret };
    expect(verifyAdminToken(rotating, minted).sub).toBe('alice');
    expect(
      verifyAdminToken(rotating, mintAdminToken(TOKEN_KEY, { ...grant, exp: now() + 60 })).sub,
    ).toBe('alice');
    expect(() => verifyAdminToken(TOKEN_KEY, minted)).toThrow('signature is invalid');
  });
});

describe('admin API auth and CORS', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['missing', undefined],
    ['not bearer', 'Basic abc'],
    ['bad signature', `Bearer ${token().split('.')[0]}.AAAA`],
    ['expired', bearer(token(['view'], { exp: now() - 5 }))],
    ['too long-lived', bearer(token(['view'], { exp: now() + 3600 }))],
    [
      'minted for another site with the same secret',
      bearer(
        mintAdminToken(
          { ...TOKEN_KEY, installationId: 'other-shop' },
          { sub: 'mallory', permissions: ['view', 'edit'], exp: now() + 60 },
        ),
      ),
    ],
  ])('401 with WWW-Authenticate when the token is %s', async (_case, header) => {
    const call = request(harness.app).get('/api/v1/overview');
    const res = await (header ? call.set('Authorization', header) : call);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.body.error).toEqual(expect.any(String));
  });

  it('a view-only token reads but may not replay or change mappings (403)', async () => {
    const view = bearer(token(['view']));
    await request(harness.app).get('/api/v1/overview').set('Authorization', view).expect(200);
    const replay = await request(harness.app)
      .post('/api/v1/failures/1/replay')
      .set('Authorization', view);
    expect(replay.status).toBe(403);
    expect(replay.body.error).toContain("'edit'");
    const put = await request(harness.app)
      .put('/api/v1/mappings')
      .set('Authorization', view)
      .send({ mapping: {} });
    expect(put.status).toBe(403);
    const none = bearer(token([]));
    await request(harness.app).get('/api/v1/overview').set('Authorization', none).expect(403);
  });

  it('gives CORS headers to the Kentico admin origin only', async () => {
    const allowed = await request(harness.app)
      .get('/api/v1/overview')
      .set('Origin', ADMIN_ORIGIN)
      .set('Authorization', bearer());
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
    expect(allowed.headers.vary).toMatch(/Origin/);
    const other = await request(harness.app)
      .get('/api/v1/overview')
      .set('Origin', 'https://evil.example.com')
      .set('Authorization', bearer());
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers preflights with 204 before auth, with headers for the allowed origin only', async () => {
    const preflight = (origin: string) =>
      request(harness.app)
        .options('/api/v1/failures/3/replay')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
    const ok = await preflight(ADMIN_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
    expect(ok.headers['access-control-allow-methods']).toBe('GET, POST, PUT, DELETE');
    expect(ok.headers['access-control-allow-headers']).toBe('Authorization, Content-Type');
    const other = await preflight('https://evil.example.com');
    expect(other.status).toBe(204);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.headers['access-control-allow-methods']).toBeUndefined();
  });

  // GET /api/v1/openapi.json (public) is served by the app before this router: http/api-docs.ts.
  it('404s unknown endpoints as JSON', async () => {
    const res = await request(harness.app).get('/api/v1/nope').set('Authorization', bearer());
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'no admin endpoint GET /nope' });
  });
});
