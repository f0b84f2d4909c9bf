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

/**
 * Checks `v1=<hex>` against the secret, or each of several: during a rotation the current and
 * the previous secret both verify (signing always uses the current one). Every candidate is
 * compared, so the time taken does not tell which one matched.
 */
export function verifySignature(input: {
  secret: string | readonly string[];
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
  const payload = input.payload(timestamp);
  const given = Buffer.from(signature);
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  let matched = false;
  for (const secret of secrets.filter((candidate) => candidate.length > 0)) {
    const expected = Buffer.from(sign(secret, payload));
    // timingSafeEqual throws on different lengths; a length mismatch is simply a bad signature.
    if (expected.length === given.length && timingSafeEqual(expected, given)) matched = true;
  }
  return matched ? { ok: true } : { ok: false, reason: 'bad-signature' };
}

/** The secrets that verify inbound signatures: the current one, then the previous if any. */
export function verifyingSecrets(current: string, previous?: string): string[] {
  return previous ? [current, previous] : [current];
}

export function nowTimestamp(): string {
  return String(Math.floor(Date.now() / 1000));
}
