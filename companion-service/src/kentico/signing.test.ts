import { nowTimestamp, sign, signingPayload, verifySignature } from './signing';

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

  it('binds bridge signatures to the method and path', () => {
    const timestamp = '1700000000';
    const get = signingPayload({ timestamp, body: '', method: 'get', path: '/orders/a' });
    expect(get).toBe('1700000000.GET /orders/a.');
    expect(sign(secret, get)).not.toBe(
      sign(secret, signingPayload({ timestamp, body: '', method: 'GET', path: '/orders/b' })),
    );
  });
});
