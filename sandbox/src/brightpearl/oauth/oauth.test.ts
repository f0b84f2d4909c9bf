import request from 'supertest';

import { createBrightpearlSimulator } from '../simulator';

const REDIRECT = 'https://companion.example.com/oauth/brightpearl/callback';
const API = '/public-api/sandbox/product-service/channel';

function setup(options: { clientSecret?: string; refreshedLifetime?: 'remaining' | 'full' } = {}) {
  let now = Date.parse('2026-03-01T10:00:00Z');
  const sim = createBrightpearlSimulator({
    clock: () => now,
    oauth: { accessTokenLifetimeSeconds: 3600, apiDomain: 'euw1.example.test', ...options },
  });
  const authorize = async (state = 'st-1') => {
    const res = await request(sim.app).get('/authorize/sandbox').query({
      response_type: 'code',
      client_id: 'app',
      redirect_uri: REDIRECT,
      state,
    });
    const location = new URL(res.headers.location ?? 'http://missing');
    return { res, code: location.searchParams.get('code') ?? '', location };
  };
  const token = (form: Record<string, string>) =>
    request(sim.app)
      .post('/token/sandbox')
      .type('form')
      .send({ client_id: 'app', ...form });
  const callApi = (accessToken: string) =>
    request(sim.app)
      .get(API)
      .set({ authorization: `Bearer ${accessToken}`, 'brightpearl-app-ref': 'app' });
  const advance = (ms: number) => (now += ms);
  return { sim, authorize, token, callApi, advance };
}

describe('Brightpearl simulator: OAuth host', () => {
  it('redirects /authorize straight back with a code and the state', async () => {
    const { authorize } = setup();
    const { res, code, location } = await authorize('xyz');
    expect(res.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('xyz');
    expect(code).not.toBe('');
  });

  it('refuses an authorize request without response_type=code or a redirect URI', async () => {
    const { sim } = setup();
    const res = await request(sim.app).get('/authorize/sandbox').query({ client_id: 'app' });
    expect(res.status).toBe(400);
  });

  it('exchanges a code once for tokens the API accepts until they expire', async () => {
    const { authorize, token, callApi, advance } = setup();
    const { code } = await authorize();
    const grant = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT };
    const first = await token(grant);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      installation_instance_id: '11',
      api_domain: 'euw1.example.test',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect((await callApi(first.body.access_token)).status).toBe(200);
    const again = await token(grant);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({
      error_description: 'The auth token has either expired or does not exist',
      error: 'invalid_grant',
    });
    advance(3600_000);
    const expired = await callApi(first.body.access_token);
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ response: 'Authorization token expired' });
  });

  it('refuses a redirect URI other than the one authorized', async () => {
    const { authorize, token } = setup();
    const { code } = await authorize();
    const res = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'https://elsewhere.example.com/cb',
    });
    expect(res.status).toBe(400);
    expect(res.body.error_description).toBe(
      'Redirect uri does not match that used to request auth token',
    );
  });

  it('refresh issues a new refresh token and kills the old one', async () => {
    const { sim, authorize, token, callApi } = setup();
    const { code } = await authorize();
    const issued = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: issued.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.installation_instance_id).toBeUndefined();
    expect(refreshed.body.refresh_token).not.toBe(issued.body.refresh_token);
    expect((await callApi(refreshed.body.access_token)).status).toBe(200);
    const reused = await token({
      grant_type: 'refresh_token',
      refresh_token: issued.body.refresh_token,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    expect(sim.oauth.grants).toEqual({ authorizationCode: 1, refreshToken: 1 });
  });

  it('a refreshed token keeps only the remaining life; after the end the refresh is refused', async () => {
    const { sim, authorize, token, callApi, advance } = setup();
    const { code } = await authorize();
    const issued = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    advance(1000_000);
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: issued.body.refresh_token,
    });
    // As recorded: expires_in 537227 after a refresh, not the full 604800 (reference §1.3).
    expect(refreshed.body.expires_in).toBe(2600);
    advance(2600_000);
    expect((await callApi(refreshed.body.access_token)).status).toBe(401);
    const late = await token({
      grant_type: 'refresh_token',
      refresh_token: refreshed.body.refresh_token,
    });
    expect(late.status).toBe(400);
    expect(late.body.error).toBe('invalid_grant');
    expect(sim.oauth.grants.refreshToken).toBe(1);
  });

  it('can give refreshed tokens a whole new life instead', async () => {
    const { authorize, token, callApi, advance } = setup({ refreshedLifetime: 'full' });
    const { code } = await authorize();
    const issued = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    advance(1000_000);
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: issued.body.refresh_token,
    });
    expect(refreshed.body.expires_in).toBe(3600);
    advance(3000_000);
    expect((await callApi(refreshed.body.access_token)).status).toBe(200);
  });

  it('answers invalid_client without the configured client secret', async () => {
    const { authorize, token } = setup({ clientSecret: 's3cret' });
    const { code } = await authorize();
    const grant = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT };
    const refused = await token(grant);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'invalid_client' });
    expect((await token({ ...grant, client_secret: 's3cret' })).status).toBe(200);
  });

  it('answers unsupported_grant_type for another grant', async () => {
    const { token } = setup();
    const res = await token({ grant_type: 'client_credentials' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'unsupported_grant_type' });
  });
});
