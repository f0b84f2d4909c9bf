import request from 'supertest';

import { mintAdminToken, verifyAdminToken } from './auth';
import { ADMIN_ORIGIN, bearer, type Harness, openHarness, SECRET, token } from './test-harness';

const now = () => Math.floor(Date.now() / 1000);

describe('admin token', () => {
  it('round-trips claims and rejects a token signed with another secret', () => {
    const claims = { sub: 'alice', name: 'Alice', permissions: ['view' as const], exp: now() + 60 };
    expect(verifyAdminToken(SECRET, mintAdminToken(SECRET, claims))).toEqual(claims);
    const forged = mintAdminToken('another-secret-another-secret-xx', claims);
    expect(() => verifyAdminToken(SECRET, forged)).toThrow('signature is invalid');
  });

  it('rejects a changed payload, a malformed token, expiry and a lifetime over 15 minutes', () => {
    const valid = token(['view']);
    const [, signature] = valid.split('.');
    const escalated = Buffer.from(
      JSON.stringify({ sub: 'alice', permissions: ['view', 'edit'], exp: now() + 60 }),
    ).toString('base64url');
    expect(() => verifyAdminToken(SECRET, `${escalated}.${signature}`)).toThrow('signature');
    expect(() => verifyAdminToken(SECRET, 'not-a-token')).toThrow('malformed');
    expect(() => verifyAdminToken(SECRET, token(['view'], { exp: now() - 1 }))).toThrow('expired');
    // One reading of the clock for both sides, so a second ticking over cannot hide the excess.
    const at = now();
    expect(() => verifyAdminToken(SECRET, token(['view'], { exp: at + 901 }), at)).toThrow(
      '15 minutes',
    );
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

  it('serves the OpenAPI document without a token and 404s unknown endpoints as JSON', async () => {
    await request(harness.app).get('/api/v1/openapi.json').expect(200);
    const res = await request(harness.app).get('/api/v1/nope').set('Authorization', bearer());
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'no admin endpoint GET /nope' });
  });
});
