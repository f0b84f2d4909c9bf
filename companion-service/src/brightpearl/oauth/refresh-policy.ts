import type { StoredConnection } from './connection-store';
import type { TokenGrant } from './token-response';

/** The shortest refresh window: a token is refreshed at the latest 10 minutes before expiry. */
export const REFRESH_WINDOW_MS = 10 * 60_000;
/**
 * The longest: a day. Refreshing a 7-day token a day early costs nothing more (one refresh a
 * week either way), and if Brightpearl will not extend the life, that first refresh is what
 * shows it — a day ahead, the merchant still has time to reconnect before sync stops.
 */
export const RENEWAL_NOTICE_MS = 24 * 3_600_000;

/** When a token is due: a quarter of its life before expiry, between 10 minutes and a day. */
export function refreshWindowMs(row: StoredConnection): number {
  const life = row.expiresAt.getTime() - issuedAt(row);
  return Math.min(RENEWAL_NOTICE_MS, Math.max(REFRESH_WINDOW_MS, life / 4));
}

/**
 * Never more than one refresh a minute. Each refresh rotates the refresh token, so a loop of
 * them costs budget and multiplies the chances of losing the only valid one in a crash.
 */
export const MIN_REFRESH_INTERVAL_MS = 60_000;

/** True when someone (on any instance) refreshed this connection less than a minute ago. */
export function refreshedRecently(row: StoredConnection, now: number): boolean {
  return row.refreshedAt !== null && now - row.refreshedAt.getTime() < MIN_REFRESH_INTERVAL_MS;
}

/**
 * Whether a refresh gave the connection a longer life. Brightpearl has been recorded answering a
 * refresh with only the old token's remaining lifetime (`expires_in` 537227, not 604800:
 * reference §1.3); then every refresh inside the window would yield a token still inside it, and
 * refreshing before each call would rotate the refresh token for nothing. A new expiry beyond the
 * old one by more than the refresh window is a real extension. For a token issued under 10
 * minutes ago, "a full new life" and "the remaining life" look alike: that counts as extended.
 */
export function extendsLife(old: StoredConnection, grant: TokenGrant, now: Date): boolean {
  const window = refreshWindowMs(old);
  const newExpiry = now.getTime() + grant.expiresInSeconds * 1000;
  if (newExpiry > old.expiresAt.getTime() + window) return true;
  return now.getTime() - issuedAt(old) < REFRESH_WINDOW_MS;
}

function issuedAt(row: StoredConnection): number {
  return (row.refreshedAt ?? row.connectedAt).getTime();
}
