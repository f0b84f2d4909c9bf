import { readFileSync } from 'node:fs';
import path from 'node:path';

import { nowTimestamp, sign, signingPayload, verifySignature, verifyingSecrets } from './signing';

/** openssl's answers (shared-types/test-vectors/README.md): not produced by any code under test. */
interface HmacVector {
  name: string;
  kind: 'event' | 'bridge';
  secret: string;
  timestamp: string;
  method?: string;
  path?: string;
  body: string;
  payload: string;
  signature: string;
}
const VECTORS_FILE = path.resolve(
  __dirname,
  '../../../shared-types/test-vectors/hmac-signing.json',
);
const { vectors } = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as { vectors: HmacVector[] };

const secret = 'x'.repeat(32);

describe('HMAC signing', () => {
  const body = '{"eventId":"1"}';
  const check = (
    signature: string | undefined,
    timestamp: string | undefined,
    nowSeconds?: number,
  ) =>
    verifySignature({
      secret,
      signature,
      timestamp,
      nowSeconds,
      payload: (ts) => signingPayload({ timestamp: ts, body }),
    });

  it('accepts what it signed', () => {
    const timestamp = nowTimestamp();
    expect(check(sign(secret, signingPayload({ timestamp, body })), timestamp)).toEqual({
      ok: true,
    });
  });

  it('rejects another body, another secret, missing headers and stale timestamps', () => {
    const timestamp = nowTimestamp();
    const other = sign(secret, signingPayload({ timestamp, body: '{}' }));
    expect(check(other, timestamp)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(sign('y'.repeat(32), signingPayload({ timestamp, body })), timestamp).ok).toBe(
      false,
    );
    expect(check(undefined, timestamp)).toEqual({ ok: false, reason: 'missing-headers' });
    expect(check('v1=00', 'yesterday')).toEqual({ ok: false, reason: 'missing-headers' });
    const old = String(Number(timestamp) - 301);
    expect(check(sign(secret, signingPayload({ timestamp: old, body })), old)).toEqual({
      ok: false,
      reason: 'stale-timestamp',
    });
  });

  it('accepts the previous secret during a rotation, and nothing else', () => {
    const timestamp = nowTimestamp();
    const previous = 'p'.repeat(32);
    const signedWith = (key: string) => sign(key, signingPayload({ timestamp, body }));
    const rotating = (signature: string) =>
      verifySignature({
        secret: verifyingSecrets(secret, previous),
        signature,
        timestamp,
        payload: (ts) => signingPayload({ timestamp: ts, body }),
      });
    expect(rotating(signedWith(secret))).toEqual({ ok: true });
    expect(rotating(signedWith(previous))).toEqual({ ok: true });
    expect(rotating(signedWith('q'.repeat(32)))).toEqual({ ok: false, reason: 'bad-signature' });
    // Once the previous secret is removed, what it signed is refused.
    expect(check(signedWith(previous), timestamp)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyingSecrets(secret)).toEqual([secret]);
  });

  it('binds bridge signatures to the method and path', () => {
    const timestamp = '1700000000';
    const get = signingPayload({ timestamp, body: '', method: 'get', path: '/orders/a' });
    expect(get).toBe('1700000000.GET /orders/a.');
    expect(sign(secret, get)).not.toBe(
      sign(secret, signingPayload({ timestamp, body: '', method: 'GET', path: '/orders/b' })),
    );
  });

  describe("matches openssl's known answers", () => {
    const payloadOf = (v: HmacVector, body = v.body) =>
      signingPayload({ timestamp: v.timestamp, body, method: v.method, path: v.path });

    it.each(vectors.map((v) => [v.name, v] as const))('%s', (_, v) => {
      expect(payloadOf(v)).toBe(v.payload);
      expect(sign(v.secret, payloadOf(v))).toBe(v.signature);
      const verify = (body: string) =>
        verifySignature({
          secret: v.secret,
          signature: v.signature,
          timestamp: v.timestamp,
          nowSeconds: Number(v.timestamp),
          payload: () => payloadOf(v, body),
        });
      expect(verify(v.body)).toEqual({ ok: true });
      expect(verify(`${v.body} `)).toEqual({ ok: false, reason: 'bad-signature' });
    });
  });
});
