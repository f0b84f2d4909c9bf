/** What every Brightpearl response says about the account's request budget (reference §2). */
export interface ThrottleHeaders {
  /** `brightpearl-requests-remaining`: requests left in the account's window. */
  requestsRemaining: number | null;
  /** `brightpearl-next-throttle-period`: milliseconds until the window frees a request (or resets). */
  nextThrottlePeriodMs: number | null;
}

export interface BudgetedAttempt {
  headers: ThrottleHeaders;
  /** Brightpearl refused it as over the cap; it was not executed. */
  throttled: boolean;
}

export interface BudgetStats {
  /** HTTP requests sent, throttled ones and ones without an answer included. */
  callsMade: number;
  throttled: number;
  requestsRemaining: number | null;
  nextThrottlePeriodMs: number | null;
  byEndpoint: Record<string, number>;
  /** The account's cap per rolling window: learned from the headers, else the configured one. */
  accountCap: number;
  /** What this service allows itself per rolling window: floor(share × accountCap). */
  allowance: number;
  /** Most of our requests that could have counted in one rolling window at the same time. */
  peakInWindow: number;
  /** Requests waiting in this instance's queue for the pacer. */
  queued: number;
  /**
   * Requests counted in the current rolling window against the allowance: this instance's when
   * the budget is per process, the whole cluster's when instances share one ledger.
   */
  inWindow: number;
}

/** Time for the budget, injectable so tests control it. */
export interface BudgetClock {
  now(): number;
  /** Calls `fn` once after `ms`; returns a cancel function. Must not keep the process alive. */
  after(ms: number, fn: () => void): () => void;
}

export const systemClock: BudgetClock = {
  now: () => Date.now(),
  after(ms, fn) {
    const timer = setTimeout(fn, Math.max(0, ms));
    timer.unref();
    return () => clearTimeout(timer);
  },
};
