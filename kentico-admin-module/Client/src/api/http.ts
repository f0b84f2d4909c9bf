import createClient, { type Client } from 'openapi-fetch';

import type { paths } from './generated/companion-openapi';

/** Why a companion call failed, and whether trying again can help. */
export class CompanionApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when no answer came (network, CORS, timeout). */
    readonly status: number,
    /** The request field the companion refused, for a 400. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CompanionApiError';
  }

  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }

  /** The message an operator reads. */
  get explanation(): string {
    if (this.status === 401)
      return `The admin session was refused (${this.message}). Reload the page.`;
    if (this.status === 403) return 'Your Kentico role may view this but not change it.';
    if (this.status === 0)
      return `Brightpearl Connect cannot be reached. Check that it is running and that its address in the Kentico settings is right (${this.message}).`;
    return this.field ? `${this.message} (field: ${this.field})` : this.message;
  }
}

export interface HttpOptions {
  companionUrl: string;
  /** The current admin token (it is refreshed while the page is open). */
  token: () => string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** The companion's routes, typed from docs/openapi.json: a route change breaks the build. */
export type CompanionClient = Client<paths>;

/**
 * The typed admin API client (openapi-fetch over the generated `paths`): the current token on
 * every call, a timeout, and a network failure or timeout as a CompanionApiError (status 0).
 */
export function companionClient(options: HttpOptions): CompanionClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = createClient<paths>({
    baseUrl: options.companionUrl.replace(/\/+$/, ''),
    fetch: (input) => fetchWithTimeout(input, timeoutMs),
  });
  client.use({
    onRequest: ({ request }) => {
      request.headers.set('Authorization', `Bearer ${options.token()}`);
      return request;
    },
  });
  return client;
}

async function fetchWithTimeout(input: Request, timeoutMs: number): Promise<Response> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    return await fetch(new Request(input, { signal: abort.signal }));
  } catch (error) {
    throw new CompanionApiError(abort.signal.aborted ? 'timed out' : (error as Error).message, 0);
  } finally {
    clearTimeout(timer);
  }
}

/** What an openapi-fetch call resolves to. */
interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The answer's body, or the refusal as a CompanionApiError (message and field from ApiError). */
export async function unwrap<D>(pending: Promise<Answer<D>>): Promise<D> {
  const { data, error, response } = await pending;
  if (!response.ok) throw errorOf(response.status, error);
  return data as D;
}

/** Query values as the hand-written client sent them: an empty text is no filter. */
export function compact<Q extends Record<string, unknown>>(query: Q): Q {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as Q;
}

function errorOf(status: number, body: unknown): CompanionApiError {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as {
    error?: unknown;
    field?: unknown;
  };
  const message = typeof answer.error === 'string' ? answer.error : `HTTP ${status}`;
  const field = typeof answer.field === 'string' ? answer.field : undefined;
  return new CompanionApiError(message, status, field);
}
