import { createHmac, timingSafeEqual } from 'node:crypto';

import { SIGNATURE_TOLERANCE_SECONDS } from '@bpkc/shared-types';

/**
 * HMAC-SHA256 signing shared by both directions between Kentico and the companion.
 * Events sign `${timestamp}.${rawBody}`; bridge calls sign
 * `${timestamp}.${METHOD} ${pathWithQuery}.${rawBody}` so a captured signed GET cannot be
 * replayed against another path. The signature header is `v1=<hex>`.
 */
export function signingPayload(input: {
  timestamp: string;
  body: string;
  method?: string;
  path?: string;
}): string {
  const target = input.method ? `${input.method.toUpperCase()} ${input.path ?? ''}.` : '';
  return `${input.timestamp}.${target}${input.body}`;
}

export function sign(secret: string, payload: string): string {
  return `v1=${createHmac('sha256', secret).update(payload, 'utf8').digest('hex')}`;
}

export type SignatureCheck =
  { ok: true } | { ok: false; reason: 'missing-headers' | 'stale-timestamp' | 'bad-signature' };

export function verifySignature(input: {
  secret: string;
  signature: string | undefined;
  timestamp: string | undefined;
  payload: (timestamp: string) => string;
  nowSeconds?: number;
}): SignatureCheck {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'missing-headers' };
  }
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'stale-timestamp' };
  }
  const expected = Buffer.from(sign(input.secret, input.payload(timestamp)));
  const given = Buffer.from(signature);
  // timingSafeEqual throws on different lengths; a length mismatch is simply a bad signature.
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'bad-signature' };
  }
  return { ok: true };
}

export function nowTimestamp(): string {
  return String(Math.floor(Date.now() / 1000));
}
