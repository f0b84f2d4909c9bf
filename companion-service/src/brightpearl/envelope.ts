import type { z } from 'zod';

import { localValidationError } from './error-mapping';
import { BrightpearlProtocolError } from './errors';
import type { TransportResponse } from './http';

/** Every response body is checked at the boundary; a surprise is a protocol error, not a crash later. */
export function parseBody<T extends z.ZodType>(
  schema: T,
  response: TransportResponse,
  endpoint: string,
): z.output<T> {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Paths and zod messages only: zod does not echo the input, so no personal data leaks here.
  const reason = issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'invalid body';
  throw new BrightpearlProtocolError({
    endpoint,
    status: response.status,
    reason,
    cause: parsed.error,
  });
}

/** Checks an outgoing body before it is queued, so a bad body costs no budget. */
export function validateRequest<T extends z.ZodType>(
  schema: T,
  body: unknown,
  endpoint: string,
): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw localValidationError(endpoint, parsed.error);
  return parsed.data;
}

export function withQuery(path: string, query: Record<string, string | number>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) search.append(key, String(value));
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}
