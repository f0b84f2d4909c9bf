import type { StoredConnection } from './connection-store';
import { extendsLife, refreshWindowMs } from './refresh-policy';
import type { TokenGrant } from './token-response';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const CONNECTED = new Date('2026-03-01T10:00:00Z');

const row = (lifeMs: number, refreshedAt: Date | null = null): StoredConnection => ({
  status: 'connected',
  apiDomain: null,
  installationInstanceId: null,
  connectedAt: CONNECTED,
  connectedBy: 'alice',
  refreshedAt,
  expiresAt: new Date((refreshedAt ?? CONNECTED).getTime() + lifeMs),
  accessToken: 'a',
  refreshToken: 'r',
});
const grant = (expiresInSeconds: number): TokenGrant => ({
  accessToken: 'a2',
  refreshToken: 'r2',
  apiDomain: null,
  expiresInSeconds,
  installationInstanceId: null,
});
const at = (ms: number) => new Date(CONNECTED.getTime() + ms);

describe('OAuth refresh policy', () => {
  it('refreshes a quarter of the life early, at least 10 minutes and at most a day', () => {
    expect(refreshWindowMs(row(7 * DAY_MS))).toBe(DAY_MS);
    expect(refreshWindowMs(row(HOUR_MS))).toBe(15 * 60_000);
    expect(refreshWindowMs(row(20 * 60_000))).toBe(10 * 60_000);
  });

  it('tells a refresh that gave only the remaining life (as recorded) from a real extension', () => {
    const week = row(7 * DAY_MS);
    const dayBefore = at(6 * DAY_MS);
    // Refreshed a day before the end: a full week more, or just the day that was left.
    expect(extendsLife(week, grant(604_800), dayBefore)).toBe(true);
    expect(extendsLife(week, grant(86_400), dayBefore)).toBe(false);
    // The recorded answer: 537227 s after about 18.8 hours of a 604800 s token.
    expect(extendsLife(week, grant(537_227), at((604_800 - 537_227) * 1000))).toBe(false);
  });

  it('cannot tell the two apart for a token issued moments ago, and counts it as extended', () => {
    const week = row(7 * DAY_MS);
    expect(extendsLife(week, grant(604_800 - 60), at(60_000))).toBe(true);
  });
});
