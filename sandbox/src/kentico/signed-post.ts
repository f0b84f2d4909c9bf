import axios from 'axios';

import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';

import { eventPayload, hmacSignature, unixSeconds } from './hmac-signing';

export interface PostResult {
  status: number;
  body: string;
}

/** Headers the extension puts on an event: HMAC over `${timestamp}.${rawBody}`. */
export function signedEventHeaders(
  secret: string,
  body: string,
  timestamp: string = unixSeconds(),
): Record<string, string> {
  return {
    [SIGNATURE_HEADER]: hmacSignature(secret, eventPayload(timestamp, body)),
    [TIMESTAMP_HEADER]: timestamp,
  };
}

/** POSTs a raw JSON body and reports any HTTP answer; only network failures throw. */
export async function postRaw(input: {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<PostResult> {
  const response = await axios.post<string>(input.url, input.body, {
    headers: { 'content-type': 'application/json', ...input.headers },
    timeout: input.timeoutMs,
    signal: input.signal,
    // Send the bytes as given: axios would otherwise re-stringify a non-JSON string (and trim a
    // JSON one), breaking the signature and defeating malformed-body tests.
    transformRequest: [(data: unknown) => data],
    responseType: 'text',
    // Keep the body exactly as received: it is recorded verbatim for rejected events.
    transformResponse: (data: unknown) => data,
    validateStatus: () => true,
  });
  const body = typeof response.data === 'string' ? response.data : String(response.data ?? '');
  return { status: response.status, body };
}
