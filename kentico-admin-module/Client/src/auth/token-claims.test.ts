import { readTokenClaims, refreshDelayMs } from './token-claims';

const tokenOf = (claims: unknown) =>
  `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;

describe('admin token claims (read by the UI, verified by the companion)', () => {
  it('reads user and permissions, including non-ASCII names', () => {
    const claims = readTokenClaims(
      tokenOf({ sub: 'u1', name: 'Zoë', permissions: ['view'], exp: 5 }),
    );
    expect(claims).toEqual({ sub: 'u1', name: 'Zoë', permissions: ['view'], exp: 5 });
  });

  it('gives no permissions for an empty or malformed token', () => {
    expect(readTokenClaims('').permissions).toEqual([]);
    expect(readTokenClaims('not-base64!.x').permissions).toEqual([]);
    expect(readTokenClaims(tokenOf({ sub: 1 })).permissions).toEqual([]);
  });

  it('renews a minute before expiry, never sooner than 5 s from now', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(refreshDelayMs('2026-01-01T00:10:00Z', now)).toBe(540_000);
    expect(refreshDelayMs('2026-01-01T00:00:30Z', now)).toBe(5_000);
    expect(refreshDelayMs('garbage', now)).toBe(5_000);
  });
});
