export type Platform = 'brightpearl' | 'kentico';
export type ConnectionState = 'unknown' | 'up' | 'down' | 'unauthorised';

/** Consecutive transport failures (no answer or 5xx) before a platform counts as down. */
const DOWN_AFTER = 3;

/**
 * What the companion learnt about each platform from its own recent calls: readiness and alerts
 * read it, so probing health never spends Brightpearl's budget.
 */
export class ConnectionHealth {
  private readonly failures = new Map<Platform, number>();
  private readonly states = new Map<Platform, ConnectionState>();
  private readonly lastOk = new Map<Platform, Date>();
  private readonly endsAt = new Map<Platform, Date>();

  /** `status` is the HTTP status, or null when no answer arrived. */
  record(platform: Platform, status: number | null): void {
    if (status === 401 || status === 403) {
      this.states.set(platform, 'unauthorised');
      return;
    }
    if (status === null || status >= 500) {
      const count = (this.failures.get(platform) ?? 0) + 1;
      this.failures.set(platform, count);
      if (count >= DOWN_AFTER) this.states.set(platform, 'down');
      return;
    }
    this.failures.set(platform, 0);
    this.states.set(platform, 'up');
    this.lastOk.set(platform, new Date());
  }

  state(platform: Platform): ConnectionState {
    return this.states.get(platform) ?? 'unknown';
  }

  lastSuccess(platform: Platform): Date | null {
    return this.lastOk.get(platform) ?? null;
  }

  /**
   * The credentials still work but stop at `at` unless the merchant reconnects (an OAuth
   * authorisation that refreshing can no longer extend); null once that is no longer so.
   */
  noteReconnectBy(platform: Platform, at: Date | null): void {
    if (at) this.endsAt.set(platform, at);
    else this.endsAt.delete(platform);
  }

  reconnectBy(platform: Platform): Date | null {
    return this.endsAt.get(platform) ?? null;
  }
}
