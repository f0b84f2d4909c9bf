import { createTokenCipher } from '@bpkc/companion-service';
import request from 'supertest';

import { type OAuthCompanionRig, startOAuthCompanion } from '../support/oauth-companion';
import { waitFor } from '../support/wait-for';
import {
  adminAuth,
  APP_REF,
  consent,
  ENCRYPTION_KEY,
  getUrl,
  OPERATOR,
  sealPurpose,
} from '../support/oauth-helpers';

interface ConnectionRow {
  status: string;
  access_token_sealed: string;
  refresh_token_sealed: string;
}

describe('Brightpearl OAuth: connect from the Kentico admin', () => {
  let rig: OAuthCompanionRig;
  let firstCallback: URL;
  beforeAll(async () => {
    rig = await startOAuthCompanion();
  });
  afterAll(() => rig.stop());

  const api = () => request(`${rig.companionUrl}/api/v1`);
  const startConnect = () =>
    api()
      .post('/connection/oauth/authorize')
      .set(adminAuth(['view', 'edit']));

  it('pauses Brightpearl calls until connected and reports not-connected', async () => {
    await expect(rig.companion.brightpearl.listWebhooks()).rejects.toMatchObject({
      name: 'BrightpearlAuthError',
      code: 'BPKC-NO-TOKEN',
    });
    const status = await api()
      .get('/connection/oauth')
      .set(adminAuth(['view']));
    expect(status.status).toBe(200);
    expect(status.body).toEqual({
      mode: 'oauth',
      state: 'not-connected',
      accountCode: 'sandbox',
      expiresAt: null,
      connectedAt: null,
      connectedBy: null,
    });
  });

  it('refuses to start a connect without an admin token (401) or with view only (403)', async () => {
    expect((await api().post('/connection/oauth/authorize')).status).toBe(401);
    expect((await api().get('/connection/oauth')).status).toBe(401);
    const viewer = await api()
      .post('/connection/oauth/authorize')
      .set(adminAuth(['view']));
    expect(viewer.status).toBe(403);
  });

  it('connects: authorize URL → consent redirect → callback → tokens stored sealed', async () => {
    const started = await startConnect();
    expect(started.status).toBe(200);
    const authorizeUrl = new URL(started.body.authorizeUrl);
    expect(authorizeUrl.pathname).toBe('/authorize/sandbox');
    expect(authorizeUrl.searchParams.get('client_id')).toBe(APP_REF);
    expect(authorizeUrl.searchParams.get('state')).toMatch(/^[\w-]{43}$/);

    firstCallback = await consent(authorizeUrl.href);
    expect(`${firstCallback.origin}${firstCallback.pathname}`).toBe(
      `${rig.companionUrl}/oauth/brightpearl/callback`,
    );
    const page = await getUrl(firstCallback);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('Brightpearl connected — you can close this tab');

    const [row] = await rig.companion.store.query<ConnectionRow>(
      'SELECT status, access_token_sealed, refresh_token_sealed FROM brightpearl_oauth_connection',
    );
    const cipher = createTokenCipher(ENCRYPTION_KEY);
    const accessToken = cipher.open(row!.access_token_sealed, sealPurpose('access'));
    const refreshToken = cipher.open(row!.refresh_token_sealed, sealPurpose('refresh'));
    expect(rig.brightpearl.oauth.accepts(accessToken)).toBe(true);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(accessToken);
    expect(stored).not.toContain(refreshToken);
  });

  it('reports the connection and audits who made it', async () => {
    const status = await api()
      .get('/connection/oauth')
      .set(adminAuth(['view']));
    expect(status.body).toMatchObject({ mode: 'oauth', state: 'connected', connectedBy: OPERATOR });
    expect(Date.parse(status.body.expiresAt)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const audit = await api()
      .get('/audit?target=connection:brightpearl')
      .set(adminAuth(['view']));
    expect(audit.body.items).toEqual([
      expect.objectContaining({ actor: OPERATOR, action: 'brightpearl.connected' }),
    ]);
  });

  it('the Brightpearl client now calls with the stored token; webhooks get registered', async () => {
    await expect(rig.companion.brightpearl.listWebhooks()).resolves.toEqual(expect.any(Array));
    // Registration failed at start (no token yet) and runs again after the connect.
    await waitFor(() =>
      [...rig.brightpearl.state.webhooks.values()].some((hook) =>
        hook.uriTemplate.startsWith(`${rig.companionUrl}/webhooks/brightpearl/`),
      ),
    );
  });

  it('refuses a replayed, unknown or incomplete callback with a 400 page', async () => {
    const replay = await getUrl(firstCallback);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('(state)');
    const forged = new URL(firstCallback);
    forged.searchParams.set('state', 'not-a-state-we-issued');
    expect((await getUrl(forged)).status).toBe(400);
    const noCode = await request(rig.companionUrl).get('/oauth/brightpearl/callback?state=x');
    expect(noCode.status).toBe(400);
    expect(noCode.text).toContain('no authorisation code');
  });

  it('names a token-endpoint refusal on the 400 page', async () => {
    const started = await startConnect();
    const callback = await consent(started.body.authorizeUrl);
    callback.searchParams.set('code', 'a-code-brightpearl-never-issued');
    const page = await getUrl(callback);
    expect(page.status).toBe(400);
    expect(page.text).toContain('invalid_grant');
  });

  it('after a 401 refreshes once and retries the call once', async () => {
    rig.brightpearl.oauth.expireAccessTokens();
    rig.brightpearl.requestLog.reset();
    await expect(rig.companion.brightpearl.listWebhooks()).resolves.toEqual(expect.any(Array));
    expect(rig.brightpearl.oauth.grants.refreshToken).toBe(1);
    const calls = rig.brightpearl.requestLog
      .entries()
      .filter((entry) => entry.endpoint === 'GET /integration-service/webhook');
    expect(calls.map((entry) => entry.status)).toEqual([401, 200]);
  });
});
