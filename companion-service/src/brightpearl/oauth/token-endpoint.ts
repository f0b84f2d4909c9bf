import axios from 'axios';
import type { AxiosResponse } from 'axios';

import { OAuthTokenEndpointError, OAuthTokenRefusedError } from './errors';
import { TokenErrorBody, TokenResponseBody, toGrant } from './token-response';
import type { TokenGrant } from './token-response';

export interface TokenEndpointOptions {
  /** e.g. https://oauth.brightpearlapp.com (or the simulator's root). */
  oauthBaseUrl: string;
  accountCode: string;
  /** The app reference. */
  clientId: string;
  /** Only for apps with confidential OAuth enabled. */
  clientSecret?: string;
  timeoutMs?: number;
}

/** Brightpearl's OAuth endpoints for one account (reference §1.3). */
export interface TokenEndpoint {
  /** Where the browser goes for consent. */
  authorizeUrl(input: { redirectUri: string; state: string }): string;
  exchangeCode(input: { code: string; redirectUri: string }): Promise<TokenGrant>;
  /** Brightpearl answers a NEW refresh token; the one sent is dead from then on. */
  refresh(refreshToken: string): Promise<TokenGrant>;
}

export function createTokenEndpoint(options: TokenEndpointOptions): TokenEndpoint {
  const root = options.oauthBaseUrl.replace(/\/+$/, '');
  const account = encodeURIComponent(options.accountCode);
  const http = axios.create({
    timeout: options.timeoutMs ?? 15_000,
    validateStatus: () => true,
    maxRedirects: 0,
    headers: { Accept: 'application/json' },
  });
  const post = async (fields: Record<string, string>): Promise<TokenGrant> => {
    const form = new URLSearchParams({ ...fields, client_id: options.clientId });
    if (options.clientSecret) form.set('client_secret', options.clientSecret);
    let response: AxiosResponse;
    try {
      response = await http.post(`${root}/token/${account}`, form.toString(), {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
    } catch (error) {
      // The axios error holds the request body (tokens, secret): keep it out of the cause.
      throw new OAuthTokenEndpointError(
        `Brightpearl token endpoint unreachable (${codeOf(error)})`,
      );
    }
    return grantFrom(response);
  };
  return {
    authorizeUrl({ redirectUri, state }) {
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: options.clientId,
        redirect_uri: redirectUri,
        state,
      });
      return `${root}/authorize/${account}?${query.toString()}`;
    },
    exchangeCode: ({ code, redirectUri }) =>
      post({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
    refresh: (refreshToken) => post({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  };
}

function grantFrom(response: AxiosResponse): TokenGrant {
  const body: unknown = parseMaybeJson(response.data);
  if (response.status >= 200 && response.status < 300) {
    const parsed = TokenResponseBody.safeParse(body);
    if (parsed.success) return toGrant(parsed.data);
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new OAuthTokenEndpointError(`Brightpearl token answer is malformed (${fields})`);
  }
  const refusal = TokenErrorBody.safeParse(body);
  if (response.status >= 400 && response.status < 500 && refusal.success) {
    const { error, error_description: description } = refusal.data;
    throw new OAuthTokenRefusedError({ error, description });
  }
  throw new OAuthTokenEndpointError(`Brightpearl token endpoint answered ${response.status}`);
}

function parseMaybeJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'network error';
}
