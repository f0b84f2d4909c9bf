import request from 'supertest';

import { bearer, type Harness, openHarness, token } from './test-harness';
import { WEBHOOK_EVENTS } from './test-fakes';

const VIEW = bearer(token(['view']));

describe('admin API: connection', () => {
  let harness: Harness;
  const call = (method: 'get' | 'post', path: string, auth = bearer()) =>
    request(harness.app)[method](`/api/v1${path}`).set('Authorization', auth);

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('shows settings, health and webhooks without a platform call', async () => {
    const res = await call('get', '/connection', VIEW).expect(200);
    expect(res.body).toEqual({
      brightpearl: {
        accountCode: 'acme',
        environment: 'sandbox',
        apiBaseUrl: 'http://127.0.0.1:1/public-api/acme',
        authMode: 'account-token',
        health: { status: 'unknown', lastSuccessAt: null, detail: null },
        oauth: null,
      },
      kentico: {
        bridgeUrl: 'http://127.0.0.1:2/bpconnect/v1',
        health: { status: 'unknown', lastSuccessAt: null, detail: null },
      },
      webhooks: {
        state: 'unknown',
        checkedAt: null,
        expected: 2,
        subscriptions: WEBHOOK_EVENTS.map((event) => ({ event, registered: false, id: null })),
      },
    });
    expect(harness.platforms.brightpearl.calls).toHaveLength(0);
    expect(harness.platforms.kentico.calls).toBe(0);
  });

  it('test makes one call to each platform, for a view-only token', async () => {
    const res = await call('post', '/connection/test', VIEW).expect(200);
    expect(res.body).toEqual({
      testedAt: expect.any(String),
      brightpearl: {
        ok: true,
        latencyMs: expect.any(Number),
        detail: expect.stringMatching(/ms$/),
      },
      kentico: { ok: true, latencyMs: expect.any(Number), detail: expect.stringMatching(/ms$/) },
    });
    expect(harness.platforms.brightpearl.calls).toHaveLength(1);
    expect(harness.platforms.kentico.calls).toBe(1);

    const refused = Object.assign(new Error('Kentico bridge answered 401 for lookups'), {
      status: 401,
    });
    harness.platforms.kentico.failure = refused;
    harness.platforms.brightpearl.failure = new Error('Brightpearl unreachable');
    const failed = await call('post', '/connection/test', VIEW).expect(200);
    expect(failed.body.kentico).toEqual({
      ok: false,
      latencyMs: expect.any(Number),
      detail: 'Kentico bridge answered 401 for lookups',
    });
    expect(failed.body.brightpearl).toEqual({
      ok: false,
      latencyMs: null,
      detail: 'Brightpearl unreachable',
    });
    harness.platforms.kentico.failure = null;
    harness.platforms.brightpearl.failure = null;
  });

  it('re-registers the webhooks on request, returns their state and audits it', async () => {
    const res = await call('post', '/connection/webhooks').expect(200);
    expect(res.body).toEqual({
      state: 'partial',
      checkedAt: expect.any(String),
      expected: 2,
      subscriptions: [
        { event: WEBHOOK_EVENTS[0], registered: true, id: 41 },
        { event: WEBHOOK_EVENTS[1], registered: false, id: null },
      ],
    });
    expect(harness.platforms.webhooks.registrations).toBe(1);
    const shown = await call('get', '/connection', VIEW).expect(200);
    expect(shown.body.webhooks).toEqual(res.body);

    harness.platforms.webhooks.failure = new Error('Brightpearl failed (500)');
    const failed = await call('post', '/connection/webhooks').expect(502);
    expect(failed.body.error).toBe('webhook registration failed: Brightpearl failed (500)');
    const after = await call('get', '/connection', VIEW).expect(200);
    expect(after.body.webhooks.state).toBe('unknown');
    harness.platforms.webhooks.failure = null;

    const audit = await call('get', '/audit?target=connection:webhooks').expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'webhooks.register',
        details: expect.objectContaining({ state: 'failed' }),
      }),
      expect.objectContaining({ actor: 'alice', details: { state: 'partial', expected: 2 } }),
    ]);
  });

  it('a view-only token may not re-register webhooks (403)', async () => {
    const res = await call('post', '/connection/webhooks', VIEW).expect(403);
    expect(res.body.error).toContain("'edit'");
    await request(harness.app).get('/api/v1/connection').expect(401);
  });

  it('shows the OAuth authorisation when the OAuth flow plugs in', async () => {
    const withOAuth = await openHarness({
      deps: {
        oauth: {
          status: async () => ({ authorised: true, expiresAt: '2030-01-01T00:00:00.000Z' }),
        },
      },
    });
    try {
      const res = await request(withOAuth.app)
        .get('/api/v1/connection')
        .set('Authorization', VIEW)
        .expect(200);
      expect(res.body.brightpearl.oauth).toEqual({
        authorised: true,
        expiresAt: '2030-01-01T00:00:00.000Z',
      });
    } finally {
      await withOAuth.close();
    }
  });
});
