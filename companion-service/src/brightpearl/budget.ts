import { AsyncResource } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import Bottleneck from 'bottleneck';

import { createSilentLogger } from '../observability/logger';
import type { Logger } from '../observability/logger';
import type { BudgetedAttempt, BudgetStats } from './budget-types';
import { PeriodTracker } from './period-tracker';

/** Bottleneck runs lower numbers first: a merchant's resend, then orders, stock, catalog. */
export const PRIORITY = { interactive: 1, orders: 3, stock: 5, catalog: 7 } as const;
export const DEFAULT_PRIORITY = PRIORITY.stock;

export interface RateBudgetOptions {
  /** Brightpearl's cap per period for the whole account (200). */
  requestCap?: number;
  /** Fraction of the cap this service may spend per period (0–1]; default 1. */
  budgetShare?: number;
  /** Requests to leave on the account for other apps; default requestCap − our share. */
  reserveForOthers?: number;
  /** Parallel requests (ignored when `limiter` is given; configure it yourself). */
  maxConcurrent?: number;
  /** Refill period when Brightpearl sends no `next-throttle-period` header (60 s). */
  periodMs?: number;
  /** Added to `next-throttle-period` before refilling, so we never refill ahead of Brightpearl. */
  refillMarginMs?: number;
  /** Throttle (503) retries per request before BrightpearlThrottledError (20). */
  maxThrottleRetries?: number;
  /** Wait after a throttle answer without `next-throttle-period` (60 s). */
  defaultThrottleWaitMs?: number;
  /** Random extra wait after a throttle, so queued requests do not stampede (0–250 ms). */
  throttleJitterMs?: number;
  /**
   * An externally created limiter, e.g. Redis-clustered so several instances share one budget.
   * Create it with `reservoir` = floor(requestCap × budgetShare) and your own maxConcurrent.
   */
  limiter?: Bottleneck;
  logger?: Logger;
}

export interface RateBudget {
  /**
   * Runs `attempt` under the limiter; retries it while Brightpearl throttles (the request was
   * not executed, so this is not a failure). Returns the last attempt, throttled or not.
   */
  run<T extends BudgetedAttempt>(
    job: { endpoint: string; priority: number },
    attempt: () => Promise<T>,
  ): Promise<{ result: T; attempts: number }>;
  stats(): BudgetStats;
  /** Stops the refill timer (the limiter itself belongs to whoever created it). */
  close(): void;
}

export function createRateBudget(options: RateBudgetOptions = {}): RateBudget {
  const requestCap = options.requestCap ?? 200;
  const share = Math.max(1, Math.floor(requestCap * (options.budgetShare ?? 1)));
  const logger = options.logger ?? createSilentLogger();
  const limiter =
    options.limiter ??
    new Bottleneck({ reservoir: share, maxConcurrent: options.maxConcurrent ?? 4 });
  const onError = (error: unknown): void => {
    logger.error('brightpearl budget update failed', { error: String(error) });
  };
  limiter.on('error', onError);
  const tracker = new PeriodTracker({
    requestCap,
    share,
    reserveForOthers: options.reserveForOthers ?? requestCap - share,
    periodMs: options.periodMs ?? 60_000,
    refillMarginMs: options.refillMarginMs ?? 100,
    reservoir: {
      increment: (delta) => void limiter.incrementReservoir(delta).catch(onError),
      current: () => limiter.currentReservoir(),
    },
    onError,
  });
  limiter.on('scheduled', () => tracker.onReleased());
  const retry = {
    max: options.maxThrottleRetries ?? 20,
    defaultWaitMs: options.defaultThrottleWaitMs ?? 60_000,
    jitterMs: options.throttleJitterMs ?? 250,
  };

  return {
    async run(job, attempt) {
      const priority = clampPriority(job.priority);
      for (let attempts = 1; ; attempts++) {
        // bind: the attempt runs in the caller's async context (correlation id, job attribution),
        // not in whichever context happened to drain Bottleneck's queue.
        const execute = AsyncResource.bind(() => tracker.track(job.endpoint, attempt));
        const result = await limiter.schedule({ priority }, execute);
        if (!result.throttled) return { result, attempts };
        if (attempts > retry.max) {
          logger.warn('brightpearl throttle retries exhausted', {
            endpoint: job.endpoint,
            attempts,
          });
          return { result, attempts };
        }
        const waitMs =
          (result.headers.nextThrottlePeriodMs ?? retry.defaultWaitMs) +
          Math.round(Math.random() * retry.jitterMs);
        logger.warn('brightpearl throttled, waiting', { endpoint: job.endpoint, attempts, waitMs });
        await sleep(waitMs);
      }
    },
    stats: () => tracker.stats(),
    close: () => tracker.close(),
  };
}

export function clampPriority(priority: number): number {
  return Number.isFinite(priority)
    ? Math.min(9, Math.max(0, Math.round(priority)))
    : DEFAULT_PRIORITY;
}
