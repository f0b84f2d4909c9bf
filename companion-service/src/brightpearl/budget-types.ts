/** What every Brightpearl response says about the account's request budget (reference §2). */
export interface ThrottleHeaders {
  /** `brightpearl-requests-remaining`: requests left in the current period. */
  requestsRemaining: number | null;
  /** `brightpearl-next-throttle-period`: milliseconds until the period resets. */
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
}
