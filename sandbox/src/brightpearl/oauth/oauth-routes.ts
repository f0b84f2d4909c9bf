import { setTimeout as sleep } from 'node:timers/promises';

import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';

import type { GrantOutcome, OAuthRegistry } from './oauth-registry';

const Field = z.string().optional().catch(undefined);

const AuthorizeQuery = z.object({
  response_type: Field,
  client_id: Field,
  redirect_uri: Field,
  state: Field,
});

const TokenForm = z.object({
  grant_type: Field,
  code: Field,
  refresh_token: Field,
  client_id: Field,
  client_secret: Field,
  redirect_uri: Field,
});

/**
 * The OAuth host (oauth.brightpearlapp.com in production, reference §1.3) served beside the
 * API. `/authorize` stands in for Brightpearl's consent page: it "approves" at once and
 * redirects back with a code and the caller's state.
 */
export function oauthRouter(input: {
  accountCode: string;
  registry: OAuthRegistry;
  installationInstanceId: number;
}): Router {
  const { accountCode, registry } = input;
  const router = Router();
  router.get('/authorize/:account', (req: Request, res: Response) => {
    const query = AuthorizeQuery.parse(req.query);
    if (req.params['account'] !== accountCode) {
      res.status(404).type('text/plain').send('Unknown account');
      return;
    }
    const redirect = parseUrl(query.redirect_uri);
    if (query.response_type !== 'code' || !query.client_id || !redirect) {
      res.status(400).type('text/plain').send('invalid_request');
      return;
    }
    const code = registry.issueCode({ clientId: query.client_id, redirectUri: redirect.href });
    redirect.searchParams.set('code', code);
    if (query.state !== undefined) redirect.searchParams.set('state', query.state);
    res.redirect(302, redirect.href);
  });
  router.post('/token/:account', express.urlencoded({ extended: false }), async (req, res) => {
    if (req.params['account'] !== accountCode) {
      res.status(404).json({ error: 'invalid_request', error_description: 'Unknown account' });
      return;
    }
    registry.tokenRequests++;
    const form = TokenForm.parse(req.body ?? {});
    if (registry.latencyMs > 0) await sleep(registry.latencyMs);
    const outcome = grant(registry, form);
    if (!outcome.ok) {
      const { error, description } = outcome;
      res.status(400).json(description ? { error_description: description, error } : { error });
      return;
    }
    res.json({
      access_token: outcome.accessToken,
      refresh_token: outcome.refreshToken,
      // A refresh answer has no installation id (reference §1.3 [REC]).
      ...(form.grant_type === 'authorization_code'
        ? { installation_instance_id: String(input.installationInstanceId) }
        : {}),
      api_domain: registry.apiDomain(req.headers.host),
      token_type: 'Bearer',
      expires_in: outcome.expiresIn,
    });
  });
  return router;
}

function grant(registry: OAuthRegistry, form: z.output<typeof TokenForm>): GrantOutcome {
  const clientId = form.client_id ?? '';
  if (clientId === '' || !registry.checkClientSecret(form.client_secret)) {
    return { ok: false, error: 'invalid_client' };
  }
  if (form.grant_type === 'authorization_code') {
    const redirectUri = parseUrl(form.redirect_uri)?.href ?? '';
    return registry.exchangeCode({ code: form.code ?? '', clientId, redirectUri });
  }
  if (form.grant_type === 'refresh_token') {
    return registry.refresh({ refreshToken: form.refresh_token ?? '', clientId });
  }
  // Standard OAuth 2.0 answer; Brightpearl's own text for this is UNCONFIRMED.
  return { ok: false, error: 'unsupported_grant_type' };
}

function parseUrl(value: string | undefined): URL | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
