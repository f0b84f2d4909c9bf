/** Fakes for the pacer's tests: a hand-moved clock and Brightpearl's account cap. */
import type { BudgetClock, BudgetedAttempt } from '../budget-types';

/** A clock the test moves by hand; timers fire in order as it advances. */
export class FakeClock implements BudgetClock {
  private t = 0;
  private timers: { at: number; fn: () => void }[] = [];
  now = () => this.t;
  after(ms: number, fn: () => void): () => void {
    const timer = { at: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }
  /** Runs every timer due up to `target`, letting promise chains settle after each. */
  async advanceTo(target: number): Promise<void> {
    for (;;) {
      await settle();
      const next = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
    this.t = target;
    await settle();
  }
}

export const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

export type Reading = 'rolling' | 'fixed';

/** Brightpearl's account cap under either reading of the docs; counts every arrival. */
export class FakeAccount {
  readonly ours: number[] = [];
  readonly throttledAt: number[] = [];
  private counted: number[] = [];
  private readonly windowMs = 60_000;
  constructor(
    private readonly cap: number,
    private readonly reading: Reading,
    /** Where fixed periods start, e.g. 30 s: a boundary half-way through our first minute. */
    private readonly periodOffsetMs = 0,
  ) {}

  take(now: number, who: 'us' | 'other' = 'us'): BudgetedAttempt {
    const start = this.windowStart(now);
    this.counted = this.counted.filter((at) => at > start);
    const allowed = this.counted.length < this.cap;
    if (allowed) this.counted.push(now);
    if (who === 'us') (allowed ? this.ours : this.throttledAt).push(now);
    const next =
      this.reading === 'rolling'
        ? (this.counted[0] ?? now) + this.windowMs - now
        : start + this.windowMs - now;
    return {
      throttled: !allowed,
      headers: { requestsRemaining: this.cap - this.counted.length, nextThrottlePeriodMs: next },
    };
  }

  private windowStart(now: number): number {
    if (this.reading === 'rolling') return now - this.windowMs;
    const offset = this.periodOffsetMs % this.windowMs;
    return Math.floor((now - offset) / this.windowMs) * this.windowMs + offset - 1;
  }
}

/** Most arrivals in any rolling window [t, t + windowMs). */
export function maxRolling(times: number[], windowMs = 60_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
