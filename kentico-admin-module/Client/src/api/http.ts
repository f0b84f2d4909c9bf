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
    if (this.status === 0) return `The companion service did not answer: ${this.message}`;
    return this.field ? `${this.message} (field: ${this.field})` : this.message;
  }
}

export interface HttpOptions {
  companionUrl: string;
  /** The current admin token (it is refreshed while the page is open). */
  token: () => string;
  timeoutMs?: number;
}

export interface RequestInput {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

const DEFAULT_TIMEOUT_MS = 15_000;

function urlOf(options: HttpOptions, input: RequestInput): string {
  const url = new URL(`${options.companionUrl.replace(/\/+$/, '')}/api/v1${input.path}`);
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

async function errorFrom(response: Response): Promise<CompanionApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: unknown;
    field?: unknown;
  } | null;
  const message = typeof body?.error === 'string' ? body.error : `HTTP ${response.status}`;
  const field = typeof body?.field === 'string' ? body.field : undefined;
  return new CompanionApiError(message, response.status, field);
}

/** One admin API call with the bearer token, a timeout and typed errors. */
export async function request<T>(options: HttpOptions, input: RequestInput): Promise<T> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(urlOf(options, input), {
      method: input.method,
      headers: {
        Authorization: `Bearer ${options.token()}`,
        ...(input.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
      signal: abort.signal,
    });
  } catch (error) {
    const reason = abort.signal.aborted ? 'timed out' : (error as Error).message;
    throw new CompanionApiError(reason, 0);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}
