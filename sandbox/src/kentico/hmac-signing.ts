import { createHmac, timingSafeEqual } from 'node:crypto';

import { SIGNATURE_TOLERANCE_SECONDS } from '@bpkc/shared-types';

/**
 * The extension's HMAC-SHA256 scheme (HmacSignature.cs, docs/kentico-extension.md "Signing"),
 * written here on its own rather than imported from the companion: a simulator that verified with
 * the companion's function would agree with any mistake in it. Both are pinned to the openssl
 * answers in shared-types/test-vectors/hmac-signing.json.
 */
export const eventPayload = (timestamp: string, rawBody: string): string =>
  `${timestamp}.${rawBody}`;

/** `pathWithQuery` is relative to the bridge base, still percent-encoded, exactly as sent. */
export const bridgePayload = (
  timestamp: string,
  target: { method: string; pathWithQuery: string },
  rawBody: string,
): string => `${timestamp}.${target.method.toUpperCase()} ${target.pathWithQuery}.${rawBody}`;

/** The header value: `v1=` + lowercase hex of HMAC-SHA256 over UTF-8 key and payload. */
export function hmacSignature(secret: string, payload: string): string {
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8'));
  return `v1=${mac.update(Buffer.from(payload, 'utf8')).digest('hex')}`;
}

export const unixSeconds = (): string => String(Math.floor(Date.now() / 1000));

export type SignatureReason = 'missing-headers' | 'stale-timestamp' | 'bad-signature';

/** Null when authentic, else the reason, worded as the extension and the companion word it. */
export function signatureProblem(input: {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  payload: (timestamp: string) => string;
  /** The clock, for tests; defaults to now. */
  nowSeconds?: number;
}): SignatureReason | null {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return 'missing-headers';
  const age = (input.nowSeconds ?? Number(unixSeconds())) - Number(timestamp);
  if (Math.abs(age) > SIGNATURE_TOLERANCE_SECONDS) return 'stale-timestamp';
  const expected = Buffer.from(hmacSignature(input.secret, input.payload(timestamp)), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // Constant time, as the extension's FixedTimeEquals; unequal lengths are simply a mismatch.
  const same = expected.length === given.length && timingSafeEqual(expected, given);
  return same ? null : 'bad-signature';
}
