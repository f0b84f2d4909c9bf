import type { SendEntry } from './budget-log';

interface Waiter {
  release(entry: SendEntry): void;
}

/**
 * Requests waiting for the pacer: lower priority numbers first (Bottleneck's convention, kept:
 * a merchant's resend 1, orders 3, stock 5, catalog 7), first come first served within one.
 */
export class PriorityQueue {
  private readonly levels: Waiter[][] = Array.from({ length: 10 }, () => []);
  private waiting = 0;

  /** Resolves with the log entry the pacer opened for this request. */
  wait(priority: number, options: { first?: boolean } = {}): Promise<SendEntry> {
    return new Promise((resolve) => {
      const level = this.levels[priority] ?? this.levels[9];
      const waiter = { release: resolve };
      if (options.first) level?.unshift(waiter);
      else level?.push(waiter);
      this.waiting++;
    });
  }

  size(): number {
    return this.waiting;
  }

  /** The most urgent priority waiting, if any. */
  headPriority(): number | undefined {
    const index = this.levels.findIndex((level) => level.length > 0);
    return index < 0 ? undefined : index;
  }

  /** Hands `entry` to the most urgent waiter; false when nobody waits. */
  releaseNext(entry: () => SendEntry): boolean {
    for (const level of this.levels) {
      const waiter = level.shift();
      if (waiter === undefined) continue;
      this.waiting--;
      waiter.release(entry());
      return true;
    }
    return false;
  }
}
