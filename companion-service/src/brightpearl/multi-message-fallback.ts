import type { Logger } from '../observability/logger';
import {
  BrightpearlAuthError,
  BrightpearlError,
  BrightpearlNetworkError,
  BrightpearlThrottledError,
} from './errors';

/** How long writes go as single calls after multi-message failed as a whole (5 minutes). */
export const DEFAULT_MULTI_MESSAGE_COOL_DOWN_MS = 5 * 60_000;

/**
 * Multi-message has had outages of its own while single calls worked (reference §3.5, §13 item
 * 18). After a multi-message request fails as a whole in a way that is neither a throttle nor a
 * per-message error, writes go as single calls for a cool-down, then batching is tried again.
 */
export class MultiMessageFallback {
  private until = 0;
  private trips = 0;

  constructor(
    private readonly options: { coolDownMs: number; now: () => number; logger: Logger },
  ) {}

  /** True while writes must go as single calls. */
  active(): boolean {
    return this.options.now() < this.until;
  }

  /**
   * Trips on a whole-request failure that may be multi-message's own: not a throttle, refused
   * credentials or a connection that never opened (those hit single calls alike). True if tripped.
   */
  tripOn(error: unknown): boolean {
    if (!isMultiMessageFailure(error)) return false;
    this.trip(describe(error));
    return true;
  }

  trip(reason: string): void {
    this.trips += 1;
    this.until = this.options.now() + this.options.coolDownMs;
    // The reason is an error class and status, never a body: safe to log.
    this.options.logger.warn('brightpearl multi-message failed; single calls for a while', {
      reason,
      coolDownMs: this.options.coolDownMs,
    });
  }

  stats(): { fallbackTrips: number; fallbackUntil: number | null } {
    return { fallbackTrips: this.trips, fallbackUntil: this.active() ? this.until : null };
  }
}

function isMultiMessageFailure(error: unknown): boolean {
  if (error instanceof BrightpearlThrottledError || error instanceof BrightpearlAuthError) {
    return false;
  }
  return !(error instanceof BrightpearlNetworkError && !error.ambiguous);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown failure';
  const status = error instanceof BrightpearlError && error.status ? ` ${error.status}` : '';
  return `${error.name}${status}`;
}
