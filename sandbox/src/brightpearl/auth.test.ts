import request from 'supertest';

import { createBrightpearlSimulator } from './simulator';
import { PREFIX, TOKEN_HEADERS } from './test-support';

const HEADER_NAMES = [
  'brightpearl-requests-remaining',
  'brightpearl-next-throttle-period',
  'ruid',
  'message-type',
  'content-type',
  'brightpearl-installed-integration-instance-id',
];

describe('Brightpearl simulator: authentication and routing', () => {
  const sim = createBrightpearlSimulator({ installedIntegrationInstanceId: 13 });
  const path = `${PREFIX}/product-service/channel`;

  it('answers 401 with the legacy string when no token is sent, with all headers', async () => {
    const res = await request(sim.app).get(path).set('brightpearl-app-ref', 'x');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      response: 'Not authenticated. You must provide a valid authentication token.',
    });
    for (const name of HEADER_NAMES) expect(res.headers[name]).toBeDefined();
    expect(res.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(res.headers['message-type']).toBe('api-proxy');
    expect(res.headers['brightpearl-installed-integration-instance-id']).toBe('13');
    expect(res.headers['ruid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 "Authorization token expired" for a wrong token or a missing app-ref', async () => {
    const wrong = await request(sim.app)
      .get(path)
      .set({ ...TOKEN_HEADERS, 'brightpearl-account-token': 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ response: 'Authorization token expired' });
    const noAppRef = await request(sim.app)
      .get(path)
      .set('brightpearl-account-token', 'sandbox-token');
    expect(noAppRef.status).toBe(401);
    const badBearer = await request(sim.app)
      .get(path)
      .set({ authorization: 'Bearer stale', 'brightpearl-app-ref': 'x' });
    expect(badBearer.body).toEqual({ response: 'Authorization token expired' });
  });

  it('accepts OAuth bearer (+ dev-ref) and account-token modes', async () => {
    const oauth = await request(sim.app).get(path).set({
      authorization: 'Bearer sandbox-oauth-token',
      'brightpearl-app-ref': 'app',
      'brightpearl-dev-ref': 'dev',
    });
    expect(oauth.status).toBe(200);
    expect(oauth.headers['message-type']).toBe('get-channel');
    const token = await request(sim.app).get(path).set(TOKEN_HEADERS);
    expect(token.status).toBe(200);
  });

  it('counts auth failures against the cap', async () => {
    const fresh = createBrightpearlSimulator({ cap: 5 });
    await request(fresh.app).get(path);
    const res = await request(fresh.app).get(path).set(TOKEN_HEADERS);
    expect(res.headers['brightpearl-requests-remaining']).toBe('3');
  });

  it('answers 404 with an errors body for an unknown account and an unknown resource', async () => {
    const account = await request(sim.app)
      .get('/public-api/other/product-service/channel')
      .set(TOKEN_HEADERS);
    expect(account.status).toBe(404);
    expect(account.body.errors[0].code).toBe('CMNC-404');
    for (const name of HEADER_NAMES) expect(account.headers[name]).toBeDefined();
    const resource = await request(sim.app)
      .get(`${PREFIX}/order-service/nothing`)
      .set(TOKEN_HEADERS);
    expect(resource.status).toBe(404);
    expect(resource.body.errors[0].message).toContain('/order-service/nothing');
    const outside = await request(sim.app).get('/elsewhere');
    expect(outside.status).toBe(404);
    expect(outside.headers['brightpearl-requests-remaining']).toBeDefined();
  });
});
