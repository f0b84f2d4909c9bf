import { mintAdminToken } from '../admin-api/auth';
import type { CliConfig } from '../config/cli-config';

/** The companion refused (4xx) or failed: its `error` message, for the terminal. */
export class AdminCallError extends Error {
  override readonly name = 'AdminCallError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface AdminClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

const TOKEN_SECONDS = 300;

/** The admin API of a running companion, with a token the way the Kentico admin gets one. */
export async function connectAdmin(
  config: CliConfig,
  options: { url: string; token?: string; sandbox: boolean },
): Promise<AdminClient> {
  const base = options.url.replace(/\/+$/, '');
  const token = options.token ?? config.token ?? (await tokenFor(config, base, options.sandbox));
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await reach(`${base}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) {
      throw new AdminCallError(response.status, payload.error ?? `HTTP ${response.status}`);
    }
    return payload as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
  };
}

async function tokenFor(config: CliConfig, base: string, sandbox: boolean): Promise<string> {
  if (sandbox) {
    // The sandbox's stand-in for the Kentico admin page mints tokens on its RefreshAdminToken command.
    const response = await reach(`${base}/admin/api/cmd`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ command: 'RefreshAdminToken' }),
    });
    const reply = (await response.json().catch(() => ({}))) as { result?: { adminToken?: string } };
    const token = reply.result?.adminToken;
    if (!response.ok || !token)
      throw new AdminCallError(response.status, 'the sandbox shell gave no admin token');
    return token;
  }
  if (!config.signing) {
    throw new AdminCallError(
      0,
      'no admin token: pass --token, set ADMIN_TOKEN, or set ADMIN_TOKEN_SECRET, INSTALLATION_ID and ADMIN_TOKEN_AUDIENCE (or PUBLIC_URL)',
    );
  }
  return mintAdminToken(config.signing, {
    sub: 'cli:npm-run-config',
    name: 'Configuration CLI',
    permissions: ['view', 'edit'],
    exp: Math.floor(Date.now() / 1000) + TOKEN_SECONDS,
  });
}

async function reach(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new AdminCallError(
      0,
      `cannot reach the companion at ${new URL(url).origin}: ${(error as Error).message}`,
    );
  }
}
