/** One of our requests, from its release by the pacer to its answer (or failure). */
export interface SendEntry {
  releasedAt: number;
  doneAt: number | null;
  /** The ledger's claim this request was released under (budget-ledger.ts). */
  ticket?: string;
}

/**
 * Our own requests while Brightpearl may still count them. Brightpearl counts a request at some
 * moment between our release and its answer, so an entry stays in the log until a full window
 * after its answer (unanswered ones stay). Keeping the log under the allowance at every release
 * therefore keeps Brightpearl's count of our requests under it in every rolling window, whatever
 * the latency (docs/adr/0015-rolling-window-budget.md).
 */
export class SendLog {
  private entries: SendEntry[] = [];
  private peak = 0;

  constructor(private readonly windowMs: number) {}

  begin(now: number): SendEntry {
    this.expire(now);
    const entry: SendEntry = { releasedAt: now, doneAt: null };
    this.entries.push(entry);
    this.peak = Math.max(this.peak, this.entries.length);
    return entry;
  }

  end(entry: SendEntry, now: number): void {
    entry.doneAt = now;
  }

  /** A request that was never sent: it counts nowhere. */
  forget(entry: SendEntry): void {
    this.entries = this.entries.filter((other) => other !== entry);
  }

  /** Our requests that may count in Brightpearl's window now or later. */
  count(now: number): number {
    this.expire(now);
    return this.entries.length;
  }

  inFlight(): number {
    return this.entries.filter((entry) => entry.doneAt === null).length;
  }

  /** When count() next drops on its own (in-flight entries drop only after their answer). */
  nextExpiry(now: number): number | undefined {
    this.expire(now);
    let next: number | undefined;
    for (const { doneAt } of this.entries)
      if (doneAt !== null) next = Math.min(next ?? Infinity, doneAt + this.windowMs);
    return next;
  }

  /**
   * Requests other than `entry` that Brightpearl may not have counted yet when it answered
   * `entry`: every one that was unanswered when `entry` was released, or released after it.
   */
  uncountedBy(entry: SendEntry): number {
    return this.entries.filter(
      (other) => other !== entry && (other.doneAt === null || other.doneAt > entry.releasedAt),
    ).length;
  }

  /**
   * Requests Brightpearl surely counted before `entry` (answered before it was released) and
   * still in the window that started at `windowStart`.
   */
  countedBefore(entry: SendEntry, windowStart: number): number {
    return this.entries.filter(
      (other) =>
        other !== entry &&
        other.doneAt !== null &&
        other.doneAt <= entry.releasedAt &&
        other.releasedAt >= windowStart,
    ).length;
  }

  peakInWindow(): number {
    return this.peak;
  }

  private expire(now: number): void {
    this.entries = this.entries.filter(
      (entry) => entry.doneAt === null || entry.doneAt + this.windowMs > now,
    );
  }
}
