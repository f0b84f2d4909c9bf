import type { BudgetedAttempt, BudgetStats } from './budget-types';

/** The two reservoir operations the tracker needs; both go through Bottleneck's own queue. */
export interface ReservoirControl {
  increment(delta: number): void;
  current(): Promise<number | null>;
}

export interface PeriodTrackerOptions {
  requestCap: number;
  share: number;
  reserveForOthers: number;
  periodMs: number;
  refillMarginMs: number;
  reservoir: ReservoirControl;
  onError: (error: unknown) => void;
}

/**
 * Keeps the limiter's reservoir in step with what Brightpearl reports. The headers are the
 * truth (other apps on the account spend the same pool), our own count caps us at our share,
 * and requests already released by the limiter but not answered yet are subtracted because
 * Brightpearl may not have counted them when it wrote the header we are reading.
 *
 * Bottleneck applies reservoir changes asynchronously while it keeps releasing jobs, so an
 * absolute "set" would overwrite decrements made in between; the tracker therefore mirrors
 * the reservoir and only ever sends deltas, and re-reads it at each refill to correct drift
 * (e.g. a clustered limiter spent by other instances).
 */
export class PeriodTracker {
  private pending = 0;
  private usedInPeriod = 0;
  private mirror: number;
  private lastRefillAt = 0;
  private refillTimer: NodeJS.Timeout | undefined;
  private readonly counters: BudgetStats = {
    callsMade: 0,
    throttled: 0,
    requestsRemaining: null,
    nextThrottlePeriodMs: null,
    byEndpoint: {},
  };

  constructor(private readonly options: PeriodTrackerOptions) {
    this.mirror = options.share;
  }

  /** Bottleneck released a job (and took one from the reservoir): called synchronously with that. */
  onReleased(): void {
    this.pending++;
    this.usedInPeriod++;
    this.mirror--;
  }

  async track<T extends BudgetedAttempt>(endpoint: string, attempt: () => Promise<T>): Promise<T> {
    this.counters.callsMade++;
    this.counters.byEndpoint[endpoint] = (this.counters.byEndpoint[endpoint] ?? 0) + 1;
    let outcome: BudgetedAttempt | undefined;
    try {
      const result = await attempt();
      outcome = result;
      return result;
    } finally {
      this.pending--;
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
    const headers = outcome?.headers;
    if (outcome?.throttled) this.counters.throttled++;
    if (headers?.requestsRemaining != null)
      this.counters.requestsRemaining = headers.requestsRemaining;
    const resetInMs = headers?.nextThrottlePeriodMs ?? null;
    if (resetInMs !== null) {
      this.counters.nextThrottlePeriodMs = resetInMs;
      // A late answer from a period we already refilled for says nothing about this one.
      if (Date.now() + resetInMs < this.lastRefillAt) return;
      this.scheduleRefill(resetInMs + this.options.refillMarginMs);
    } else if (this.refillTimer === undefined) {
      // No header (or no answer at all): still make sure a spent reservoir comes back.
      this.scheduleRefill(this.options.periodMs);
    }
    const remaining = outcome?.throttled ? 0 : (headers?.requestsRemaining ?? null);
    const serverLeft =
      remaining === null
        ? Number.POSITIVE_INFINITY
        : remaining - this.options.reserveForOthers - this.pending;
    this.setReservoir(Math.min(serverLeft, this.options.share - this.usedInPeriod));
  }

  private setReservoir(target: number): void {
    const next = Math.max(0, target);
    const delta = next - this.mirror;
    this.mirror = next;
    if (delta !== 0) this.options.reservoir.increment(delta);
  }

  private scheduleRefill(delayMs: number): void {
    clearTimeout(this.refillTimer);
    this.refillTimer = setTimeout(
      () => {
        this.refill().catch(this.options.onError);
      },
      Math.max(0, delayMs),
    );
    // A pending refill alone must not keep the process alive.
    this.refillTimer.unref();
  }

  private async refill(): Promise<void> {
    this.refillTimer = undefined;
    const actual = await this.options.reservoir.current();
    // Nothing can be released between that read and this line (same tick), so mirror is exact.
    if (actual !== null) this.mirror = actual;
    const { requestCap, share, reserveForOthers } = this.options;
    this.lastRefillAt = Date.now();
    // Requests still unanswered may be counted in the new period: assume they are.
    this.usedInPeriod = this.pending;
    this.setReservoir(Math.min(share, requestCap - reserveForOthers) - this.pending);
  }
}
