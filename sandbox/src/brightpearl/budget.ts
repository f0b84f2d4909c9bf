/** The live limits; setCap() mutates them, so a running simulator picks changes up at once. */
export interface BudgetLimits {
  cap: number;
  windowMs: number;
}

export interface BudgetView {
  /** Value of `brightpearl-requests-remaining`. */
  remaining: number;
  /** Value of `brightpearl-next-throttle-period`: ms until the next counted request leaves the window. */
  nextPeriodMs: number;
}

export interface BudgetDecision extends BudgetView {
  allowed: boolean;
}

/**
 * The per-account request cap (reference §2: "200 requests per rolling minute"; §13: "Rolling
 * 200/min bucket per account"). A sliding window: a request is allowed while fewer than `cap`
 * requests were counted in the last `windowMs`. This is the stricter reading of the docs (a
 * fixed period that resets would allow up to 2 × cap in a rolling minute straddling a reset), so
 * a client that keeps to it keeps to either. A refused (503) request is not executed and not
 * counted (reference §2).
 *
 * `brightpearl-next-throttle-period` ("milliseconds until the period resets") is, on a rolling
 * window, the time until the oldest counted request leaves it, i.e. until one more request fits.
 * A client that waits that long after a 503 and then sends its whole budget is throttled again.
 */
export class RequestBudget {
  /** Arrival times of the counted requests, oldest first. */
  private readonly counted: number[] = [];

  constructor(
    private readonly limits: BudgetLimits,
    private readonly clock: () => number,
  ) {}

  /** Counts one request if the cap allows it. */
  take(): BudgetDecision {
    const now = this.clock();
    this.expire(now);
    const allowed = this.counted.length < this.limits.cap;
    if (allowed) this.counted.push(now);
    return { allowed, ...this.view(now) };
  }

  /** The header values without counting anything. */
  peek(): BudgetView {
    const now = this.clock();
    this.expire(now);
    return this.view(now);
  }

  /** A request counted at `t` is in the window while now < t + windowMs. */
  private expire(now: number): void {
    const horizon = now - this.limits.windowMs;
    let stale = 0;
    while (stale < this.counted.length && (this.counted[stale] ?? 0) <= horizon) stale++;
    if (stale > 0) this.counted.splice(0, stale);
  }

  private view(now: number): BudgetView {
    const oldest = this.counted[0];
    return {
      remaining: Math.max(0, this.limits.cap - this.counted.length),
      nextPeriodMs:
        oldest === undefined
          ? this.limits.windowMs
          : Math.max(0, oldest + this.limits.windowMs - now),
    };
  }
}
