import type { SendEntry, SendLog } from './budget-log';
import type { ThrottleHeaders } from './budget-types';

export interface AccountViewOptions {
  windowMs: number;
  /** BRIGHTPEARL_REQUEST_CAP: assumed until an answer shows the account's real cap. */
  configuredCap: number;
  /** How long a 503 without `next-throttle-period` holds every request back. */
  defaultThrottleWaitMs: number;
  /** Random extra wait after a 503, so several instances do not all probe at once. */
  jitterMs: () => number;
}

/** What one answer said: `remaining` held until `expiresAt`, as seen from `entry`'s release. */
interface Snapshot {
  entry: SendEntry;
  remaining: number;
  expiresAt: number;
  throttled: boolean;
}

/**
 * What Brightpearl's headers say about the account: how many more requests it will take now
 * (other apps spend the same pool) and how big its cap is. The headers can only hold us back:
 * the pacer sends when BOTH our own rolling log and this headroom allow it.
 */
export class AccountView {
  private snapshot: Snapshot | undefined;
  private learnedCap: number | undefined;

  constructor(
    private readonly options: AccountViewOptions,
    private readonly log: SendLog,
  ) {}

  /** The account's cap: the largest the headers have proved, else the configured one. */
  cap(): number {
    return this.learnedCap ?? this.options.configuredCap;
  }

  /** What this instance's own answers proved (undefined before the first). */
  learned(): number | undefined {
    return this.learnedCap;
  }

  /**
   * A cap another instance's answers proved: a lower bound like ours, so the larger holds.
   * Returns whether it raised ours.
   */
  adopt(cap: number): boolean {
    if (cap <= (this.learnedCap ?? 0)) return false;
    this.learnedCap = cap;
    return true;
  }

  /**
   * Requests Brightpearl will still take. Infinity when it never said; after a snapshot ran out
   * (the window freed a request, or the period reset) one probe at a time until an answer tells.
   */
  headroom(now: number): number {
    const snapshot = this.snapshot;
    if (snapshot === undefined) return Number.POSITIVE_INFINITY;
    if (now >= snapshot.expiresAt) return 1 - this.log.inFlight();
    return snapshot.remaining - this.log.uncountedBy(snapshot.entry);
  }

  /** When headroom() may grow without an answer: the current snapshot's end. */
  wakeAt(now: number): number | undefined {
    const expiresAt = this.snapshot?.expiresAt;
    return expiresAt !== undefined && expiresAt > now ? expiresAt : undefined;
  }

  observe(
    entry: SendEntry,
    outcome: { headers: ThrottleHeaders; throttled: boolean } | undefined,
    now: number,
  ): void {
    if (outcome === undefined) return; // no answer: nothing learned
    const { headers, throttled } = outcome;
    const remaining = throttled ? 0 : headers.requestsRemaining;
    if (remaining === null) {
      // An answer without the headers: an ended snapshot must not leave us probing forever.
      if (this.snapshot !== undefined && now >= this.snapshot.expiresAt) this.snapshot = undefined;
      return;
    }
    const periodMs = headers.nextThrottlePeriodMs;
    if (!throttled) this.learnCap(entry, { remaining, periodMs, now });
    const expiresAt = throttled
      ? now + (periodMs ?? this.options.defaultThrottleWaitMs) + this.options.jitterMs()
      : // Past a window after its release, the log no longer holds what this answer did not count.
        Math.min(
          now + (periodMs ?? this.options.windowMs),
          entry.releasedAt + this.options.windowMs,
        );
    this.offer({ entry, remaining, expiresAt, throttled }, now);
  }

  /**
   * Keeps the snapshot that allows less, unless the new one is from a later request (it has
   * seen the window free requests); a 503 holds until its `next-throttle-period` either way.
   */
  private offer(candidate: Snapshot, now: number): void {
    const current = this.snapshot;
    const replace =
      current === undefined ||
      now >= current.expiresAt ||
      this.valueOf(candidate) <= this.valueOf(current) ||
      (!current.throttled && candidate.entry.releasedAt >= current.entry.releasedAt);
    if (replace) this.snapshot = candidate;
  }

  private valueOf(snapshot: Snapshot): number {
    return snapshot.remaining - this.log.uncountedBy(snapshot.entry);
  }

  /**
   * The cap is at least what is left, plus this request, plus our requests Brightpearl surely
   * counted in the same window. The window started `windowMs` before it next frees or resets
   * (reading `next-throttle-period` either way); using our clock only moves that start later,
   * which counts fewer of ours, so this stays a lower bound.
   */
  private learnCap(
    entry: SendEntry,
    { remaining, periodMs, now }: { remaining: number; periodMs: number | null; now: number },
  ): void {
    const windowStart = periodMs === null ? Infinity : now + periodMs - this.options.windowMs;
    const bound = remaining + 1 + this.log.countedBefore(entry, windowStart);
    this.learnedCap = Math.max(this.learnedCap ?? 0, bound);
  }
}
