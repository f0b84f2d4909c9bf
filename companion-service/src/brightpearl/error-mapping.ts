import { BrightpearlErrorBody } from '@bpkc/shared-types';
import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import type { ZodError } from 'zod';

import {
  BrightpearlAuthError,
  BrightpearlNetworkError,
  BrightpearlNotFoundError,
  BrightpearlProtocolError,
  BrightpearlServerError,
  BrightpearlValidationError,
} from './errors';
import type { BrightpearlError } from './errors';

/**
 * Brightpearl reports some bad input as 500: unparseable search filters (CMNC-018) and invalid
 * PATCH operations (CMNC-044). Retrying those would only burn budget, so they are permanent.
 */
const PERMANENT_500_CODES = new Set(['CMNC-018', 'CMNC-044']);

/** Network failures where the request certainly never reached Brightpearl. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

export const LOCAL_VALIDATION_CODE = 'BPKC-LOCAL-VALIDATION';

/**
 * Over the cap Brightpearl answers 503 (not 429) with a "too many requests" text; a 503 without
 * it is an outage. 429 is undocumented but treated the same, defensively (reference §2).
 */
export function isThrottleResponse(status: number, body: unknown): boolean {
  if (status === 429) return true;
  if (status !== 503) return false;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  return /too many requests/i.test(text);
}

export function errorItems(body: unknown): BrightpearlErrorItem[] {
  const parsed = BrightpearlErrorBody.safeParse(body);
  return parsed.success ? parsed.data.errors : [];
}

/** Maps a non-2xx, non-throttle answer to its typed error. */
export function errorFromResponse(input: {
  endpoint: string;
  status: number;
  body: unknown;
}): BrightpearlError {
  const { endpoint, status } = input;
  const errors = errorItems(input.body);
  const details = { endpoint, status, code: errors[0]?.code };
  if (status === 401 || status === 403) return new BrightpearlAuthError(details);
  if (status === 404) return new BrightpearlNotFoundError(details);
  if (status >= 500 && !errors.some((item) => PERMANENT_500_CODES.has(item.code))) {
    return new BrightpearlServerError(details);
  }
  if (status >= 400) return new BrightpearlValidationError({ ...details, errors });
  // Brightpearl never redirects (reference §3.3); a 1xx/3xx here means a proxy or wrong host.
  return new BrightpearlProtocolError({ ...details, reason: `status ${status}` });
}

/** `error` is whatever axios threw without a response. */
export function networkError(input: {
  endpoint: string;
  isWrite: boolean;
  error: unknown;
}): BrightpearlNetworkError {
  const code = errorCode(input.error);
  // The axios error holds the request config, auth headers included: keep it out of `cause`.
  const cause = Object.assign(new Error(code ?? 'network error'), { code });
  const ambiguous = input.isWrite && !(code !== undefined && NOT_SENT_CODES.has(code));
  return new BrightpearlNetworkError({ endpoint: input.endpoint, code, cause, ambiguous });
}

/** A body we refused before sending: nothing was spent and nothing will change on retry. */
export function localValidationError(
  endpoint: string,
  error: ZodError,
): BrightpearlValidationError {
  const errors = error.issues.map((issue) => ({
    code: LOCAL_VALIDATION_CODE,
    message: `${issue.path.join('.') || '(body)'}: ${issue.message}`,
  }));
  return new BrightpearlValidationError({
    endpoint,
    code: LOCAL_VALIDATION_CODE,
    errors,
    local: true,
  });
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
