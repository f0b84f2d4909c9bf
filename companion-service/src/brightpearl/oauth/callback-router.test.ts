import express from 'express';
import request from 'supertest';

import { createSilentLogger } from '../../observability/logger';
import { oauthCallbackRouter } from './callback-router';
import { notApplicableOAuth } from './not-applicable';
import type { BrightpearlOAuthService } from './oauth-service';

function appWith(completeAuthorization: BrightpearlOAuthService['completeAuthorization']) {
  const oauth = { ...notApplicableOAuth('acme'), completeAuthorization };
  return express().use(oauthCallbackRouter({ oauth, logger: createSilentLogger() }));
}

describe('OAuth callback page', () => {
  it('names a refusal from Brightpearl, escaped, and is never cached', async () => {
    const app = appWith(notApplicableOAuth('acme').completeAuthorization);
    const res = await request(app).get('/oauth/brightpearl/callback?error=<b>denied</b>');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.text).toContain('Brightpearl was not connected');
    expect(res.text).not.toContain('<b>');
  });

  it('refuses a malformed query (a repeated code) without calling the service', async () => {
    const complete = jest.fn(() => Promise.resolve());
    const res = await request(appWith(complete)).get(
      '/oauth/brightpearl/callback?code=a&code=b&state=s',
    );
    expect(res.status).toBe(400);
    expect(complete).not.toHaveBeenCalled();
  });

  it('answers 500 without details when something unexpected fails', async () => {
    const app = appWith(() => Promise.reject(new Error('db down: secret detail')));
    const res = await request(app).get('/oauth/brightpearl/callback?code=a&state=s');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('secret detail');
  });
});
