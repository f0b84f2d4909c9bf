import type { BudgetedAttempt, BudgetStats } from './budget-types';

export interface PeriodTrackerOptions {
  requestCap: number;
  share: number;
  reserveForOthers: number;
  periodMs: number;
  refillMarginMs: number;
  setReservoir: (reservoir: number) => void;
}

/**
 * Keeps the limiter's reservoir in step with what Brightpearl reports. The headers are the
 * truth (other apps on the account spend the same pool), our own count caps us at our share,
 * and requests still in flight are subtracted because Brightpearl may not have counted them
 * yet when it wrote the header we are reading.
 */
export class PeriodTracker {
  private inFlight = 0;
  private usedInPeriod = 0;
  private refillTimer: NodeJS.Timeout | undefined;
  private readonly counters: BudgetStats = {
    callsMade: 0,
    throttled: 0,
    requestsRemaining: null,
    nextThrottlePeriodMs: null,
    byEndpoint: {},
  };

  constructor(private readonly options: PeriodTrackerOptions) {}

  async track<T extends BudgetedAttempt>(endpoint: string, attempt: () => Promise<T>): Promise<T> {
    this.inFlight++;
    this.usedInPeriod++;
    this.counters.callsMade++;
    this.counters.byEndpoint[endpoint] = (this.counters.byEndpoint[endpoint] ?? 0) + 1;
    let outcome: BudgetedAttempt | undefined;
    try {
      const result = await attempt();
      outcome = result;
      return result;
    } finally {
      // Also after a network error: the reservoir was spent and a refill must be pending,
      // or a run of failures could leave the limiter empty for good.
      this.inFlight--;
      this.observe(outcome);
    }
  }

  stats(): BudgetStats {
    return { ...this.counters, byEndpoint: { ...this.counters.byEndpoint } };
  }

  close(): void {
    clearTimeout(this.refillTimer);
    this.refillTimer = undefined;
  }

  private observe(outcome: BudgetedAttempt | undefined): void {
    const { share, reserveForOthers, periodMs, refillMarginMs } = this.options;
    const headers = outcome?.headers;
    if (outcome?.throttled) this.counters.throttled++;
    if (headers?.requestsRemaining != null) this.counters.requestsRemaining = headers.requestsRemaining;
    if (headers?.nextThrottlePeriodMs != null) {
      this.counters.nextThrottlePeriodMs = headers.nextThrottlePeriodMs;
    }
    const remaining = outcome?.throttled ? 0 : (headers?.requestsRemaining ?? null);
    const serverLeft =
      remaining === null ? Number.POSITIVE_INFINITY : remaining - reserveForOthers - this.inFlight;
    this.options.setReservoir(Math.max(0, Math.min(serverLeft, share - this.usedInPeriod)));

    const resetInMs = headers?.nextThrottlePeriodMs ?? null;
    if (resetInMs !== null) this.scheduleRefill(resetInMs + refillMarginMs);
    else if (this.refillTimer === undefined) this.scheduleRefill(periodMs);
  }

  private scheduleRefill(delayMs: number): void {
    clearTimeout(this.refillTimer);
    this.refillTimer = setTimeout(() => this.refill(), Math.max(0, delayMs));
    // A pending refill alone must not keep the process alive.
    this.refillTimer.unref();
  }

  private refill(): void {
    const { requestCap, share, reserveForOthers } = this.options;
    this.refillTimer = undefined;
    // Requests still in flight may be counted in the new period: assume they are.
    this.usedInPeriod = this.inFlight;
    const fresh = Math.min(share, requestCap - reserveForOthers) - this.inFlight;
    this.options.setReservoir(Math.max(0, fresh));
  }
}
