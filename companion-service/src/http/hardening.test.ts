import request from 'supertest';

import { METRICS_TOKEN, hardenedTestApp } from './test-app';

describe('HTTP surface: security headers', () => {
  const app = hardenedTestApp({ mode: 'live', metricsToken: METRICS_TOKEN });

  it('sends nosniff, a CSP and frame denial on every answer, and no X-Powered-By', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('marks API and OAuth answers no-store, errors included', async () => {
    const status = await request(app)
      .get('/api/status')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200);
    expect(status.headers['cache-control']).toBe('no-store');
    const oauth = await request(app).get('/oauth/brightpearl/callback');
    expect(oauth.headers['cache-control']).toBe('no-store');
    const unknownApi = await request(app).get('/api/v1/nothing');
    expect(unknownApi.headers['cache-control']).toBe('no-store');
  });

  it('sends HSTS only when the request came over https (X-Forwarded-Proto from the trusted proxy)', async () => {
    const plain = await request(app).get('/healthz').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await request(app)
      .get('/healthz')
      .set('X-Forwarded-Proto', 'https')
      .expect(200);
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('does not believe X-Forwarded-Proto when no proxy is trusted', async () => {
    const direct = hardenedTestApp({ mode: 'live', trustProxyHops: 0 });
    const res = await request(direct).get('/healthz').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('HTTP surface: /api/status and /metrics need the metrics token', () => {
  const app = hardenedTestApp({ mode: 'live', metricsToken: METRICS_TOKEN });

  it.each(['/api/status', '/metrics'])(
    '%s: 401 without or with a wrong token, 200 with it',
    async (path) => {
      const none = await request(app).get(path).expect(401);
      expect(none.headers['www-authenticate']).toContain('Bearer');
      await request(app).get(path).set('Authorization', 'Bearer wrong').expect(401);
      await request(app).get(path).set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    },
  );

  it('keeps /healthz and /readyz open for the platform probes', async () => {
    await request(app).get('/healthz').expect(200);
    const ready = await request(app).get('/readyz');
    expect([200, 503]).toContain(ready.status);
    expect(ready.body).toHaveProperty('checks');
  });

  it('is closed in live mode when no token is configured, open in the sandbox', async () => {
    const closed = await request(hardenedTestApp({ mode: 'live' }))
      .get('/api/status')
      .expect(401);
    expect(closed.body.error).toContain('METRICS_TOKEN');
    await request(hardenedTestApp({ mode: 'sandbox' }))
      .get('/metrics')
      .expect(200);
  });
});

describe('HTTP surface: malformed requests are 4xx, never 5xx', () => {
  const app = hardenedTestApp({ mode: 'live' });

  it('bad JSON to the Kentico intake is a 400', async () => {
    const res = await request(app)
      .post('/webhooks/kentico')
      .set('Content-Type', 'application/json')
      .send('{"not json');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('an oversized body and a malformed URL are 4xx', async () => {
    const big = await request(app)
      .post('/webhooks/kentico')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }));
    expect([401, 413]).toContain(big.status); // unsigned: refused before or while reading
    const badPath = await request(app).get('/api/v1/orders/%E0%A4%A');
    expect(badPath.status).toBeGreaterThanOrEqual(400);
    expect(badPath.status).toBeLessThan(500);
  });
});
