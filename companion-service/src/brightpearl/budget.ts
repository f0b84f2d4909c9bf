import { createSilentLogger } from '../observability/logger';
import type { Logger } from '../observability/logger';
import { AccountView } from './budget-account';
import { SendLog } from './budget-log';
import type { SendEntry } from './budget-log';
import type { BudgetLedger } from './budget-ledger';
import { createMemoryLedger } from './budget-memory-ledger';
import { PriorityQueue } from './budget-queue';
import { createRelease } from './budget-release';
import { systemClock } from './budget-types';
import type { BudgetClock, BudgetedAttempt, BudgetStats } from './budget-types';

/** Lower numbers run first: a merchant's resend, then orders, stock, catalog, sweeps. */
export const PRIORITY = { interactive: 1, orders: 3, stock: 5, catalog: 7, sweeps: 9 } as const;
export const DEFAULT_PRIORITY = PRIORITY.stock;

export interface RateBudgetOptions {
  /** The account's cap per rolling window, assumed until Brightpearl's headers show it (200). */
  requestCap?: number;
  /** Fraction (0–1] of the account's cap this service may spend per rolling window; default 1. */
  budgetShare?: number;
  /** Brightpearl's rolling window (60 s); simulators with a shorter one say so here. */
  windowMs?: number;
  /** Parallel requests (4). */
  maxConcurrent?: number;
  /** Throttle (503) retries per request before BrightpearlThrottledError (20). */
  maxThrottleRetries?: number;
  /** How long a throttle answer without `next-throttle-period` holds every request (60 s). */
  defaultThrottleWaitMs?: number;
  /** Random extra wait after a throttle, so instances do not probe at the same moment (0–250 ms). */
  throttleJitterMs?: number;
  /**
   * Where the window's requests are counted: one ledger shared by every instance on one
   * Postgres keeps them to one allowance together (ADR 0020). Default: this process's memory.
   */
  ledger?: BudgetLedger;
  clock?: BudgetClock;
  logger?: Logger;
}

export interface RateBudget {
  /**
   * Runs `attempt` when the pacer allows; retries it while Brightpearl throttles (the request
   * was not executed, so this is not a failure). Returns the last attempt, throttled or not.
   */
  run<T extends BudgetedAttempt>(
    job: { endpoint: string; priority: number },
    attempt: () => Promise<T>,
  ): Promise<{ result: T; attempts: number }>;
  stats(): BudgetStats;
  /**
   * This instance's requests at `priority` or a more urgent one that are queued, in flight or
   * waiting out a throttle: the write batcher lingers for company only while there are some.
   */
  backlog(priority: number): number;
  /** Stops the wake-up timer. */
  close(): void;
}

/**
 * A rolling-window pacer (docs/adr/0015-rolling-window-budget.md): a request is released only
 * while the ledger of requests Brightpearl may count in its window is under floor(share × cap)
 * and the last answer's `requests-remaining` leaves room, so no rolling window ever holds more
 * than our share, whether Brightpearl's window rolls or resets. With a shared ledger that holds
 * for all instances together (docs/adr/0020-one-budget-across-instances.md).
 */
export function createRateBudget(options: RateBudgetOptions = {}): RateBudget {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createSilentLogger();
  const windowMs = options.windowMs ?? 60_000;
  const share = options.budgetShare ?? 1;
  const maxConcurrent = Math.max(1, options.maxConcurrent ?? 4);
  const maxRetries = options.maxThrottleRetries ?? 20;
  const jitterMs = options.throttleJitterMs ?? 250;
  const log = new SendLog(windowMs);
  const account = new AccountView(
    {
      windowMs,
      configuredCap: options.requestCap ?? 200,
      defaultThrottleWaitMs: options.defaultThrottleWaitMs ?? 60_000,
      jitterMs: () => Math.round(Math.random() * jitterMs),
    },
    log,
  );
  const queue = new PriorityQueue();
  const allowance = () => Math.max(1, Math.floor(share * account.cap()));
  const ledger = options.ledger ?? createMemoryLedger(clock, windowMs);
  const counters = { callsMade: 0, throttled: 0, byEndpoint: {} as Record<string, number> };
  // Per priority: run() calls not yet returned (queued, in flight or between throttle retries).
  const active: number[] = Array.from({ length: 10 }, () => 0);
  const last = {
    requestsRemaining: null as number | null,
    nextThrottlePeriodMs: null as number | null,
  };
  const release = createRelease({
    clock,
    queue,
    log,
    account,
    ledger,
    allowance,
    maxConcurrent,
    logger,
  });

  async function attemptOnce<T extends BudgetedAttempt>(
    endpoint: string,
    entry: SendEntry,
    attempt: () => Promise<T>,
  ): Promise<T> {
    counters.callsMade++;
    counters.byEndpoint[endpoint] = (counters.byEndpoint[endpoint] ?? 0) + 1;
    let outcome: BudgetedAttempt | undefined;
    try {
      outcome = await attempt();
      return outcome as T;
    } finally {
      const now = clock.now();
      log.end(entry, now);
      release.finished(entry.ticket);
      if (outcome?.throttled) counters.throttled++;
      if (outcome?.headers.requestsRemaining != null)
        last.requestsRemaining = outcome.headers.requestsRemaining;
      if (outcome?.headers.nextThrottlePeriodMs != null)
        last.nextThrottlePeriodMs = outcome.headers.nextThrottlePeriodMs;
      account.observe(entry, outcome, now);
      release.pump();
    }
  }

  async function runQueued<T extends BudgetedAttempt>(
    endpoint: string,
    priority: number,
    attempt: () => Promise<T>,
  ): Promise<{ result: T; attempts: number }> {
    for (let attempts = 1; ; attempts++) {
      // A retried request keeps its place at the head of its priority.
      const waiting = queue.wait(priority, { first: attempts > 1 });
      release.pump();
      // Awaited here, so the attempt runs in the caller's async context (correlation id).
      const entry = await waiting;
      const result = await attemptOnce(endpoint, entry, attempt);
      if (!result.throttled) return { result, attempts };
      if (attempts > maxRetries) {
        logger.warn('brightpearl throttle retries exhausted', { endpoint, attempts });
        return { result, attempts };
      }
      logger.warn('brightpearl throttled, waiting for the window', {
        endpoint,
        attempts,
        nextThrottlePeriodMs: result.headers.nextThrottlePeriodMs,
      });
    }
  }

  return {
    run(job, attempt) {
      const priority = clampPriority(job.priority);
      active[priority] = (active[priority] ?? 0) + 1;
      return runQueued(job.endpoint, priority, attempt).finally(() => {
        active[priority] = (active[priority] ?? 1) - 1;
      });
    },
    backlog: (priority) =>
      active.slice(0, clampPriority(priority) + 1).reduce((sum, count) => sum + count, 0),
    stats: () => ({
      ...counters,
      byEndpoint: { ...counters.byEndpoint },
      ...last,
      accountCap: account.cap(),
      allowance: allowance(),
      peakInWindow: log.peakInWindow(),
      queued: queue.size(),
      inWindow: ledger.inWindow(),
    }),
    close: () => release.cancel(),
  };
}

export function clampPriority(priority: number): number {
  return Number.isFinite(priority)
    ? Math.min(9, Math.max(0, Math.round(priority)))
    : DEFAULT_PRIORITY;
}
