/** The live limits; setCap() mutates them, so a running simulator picks changes up at once. */
export interface BudgetLimits {
  cap: number;
  windowMs: number;
}

export interface BudgetView {
  /** Value of `brightpearl-requests-remaining`. */
  remaining: number;
  /** Value of `brightpearl-next-throttle-period`: ms until the current period ends. */
  nextPeriodMs: number;
}

export interface BudgetDecision extends BudgetView {
  allowed: boolean;
}

/**
 * The per-account request cap (reference §2): `cap` requests per period. A period starts with
 * the first request after the previous period ended, so the reset countdown is
 * periodStart + windowMs - now. A refused (503) request is not executed and not counted.
 */
export class RequestBudget {
  private periodStart: number | undefined;
  private used = 0;

  constructor(
    private readonly limits: BudgetLimits,
    private readonly clock: () => number,
  ) {}

  /** Counts one request if the cap allows it. */
  take(): BudgetDecision {
    const now = this.clock();
    this.rollPeriod(now);
    const allowed = this.used < this.limits.cap;
    if (allowed) this.used += 1;
    return { allowed, ...this.view(now) };
  }

  /** The header values without counting anything. */
  peek(): BudgetView {
    const now = this.clock();
    this.rollPeriod(now);
    return this.view(now);
  }

  private rollPeriod(now: number): void {
    if (this.periodStart === undefined || now >= this.periodStart + this.limits.windowMs) {
      this.periodStart = now;
      this.used = 0;
    }
  }

  private view(now: number): BudgetView {
    const start = this.periodStart ?? now;
    return {
      remaining: Math.max(0, this.limits.cap - this.used),
      nextPeriodMs: Math.max(0, start + this.limits.windowMs - now),
    };
  }
}
