import { z } from 'zod';

import { Timestamp } from './common';

/** How far back the Insights charts look. */
export const InsightsRange = z.enum(['24h', '7d', '30d']);
export type InsightsRange = z.infer<typeof InsightsRange>;

/** GET /insights?range=… (default the last 24 hours). */
export const InsightsQuery = z.object({ range: InsightsRange.default('24h') });
export type InsightsQuery = z.infer<typeof InsightsQuery>;

const Counts = z.array(z.number().int().nonnegative());

/** Failures opened in each bucket for one reason (the dead-letter reason code). */
export const FailureSeries = z.object({ reason: z.string(), counts: Counts });
export type FailureSeries = z.infer<typeof FailureSeries>;

/**
 * Per-hour series, all aligned on `buckets` (hour starts, oldest first, the current hour last
 * and still filling). Every bucket of the range is present once anything happened in it; a
 * range with nothing at all has no buckets (empty series, not an error).
 */
export const HourlyInsights = z.object({
  buckets: z.array(Timestamp),
  ordersSynced: Counts,
  /** Products whose stock the companion wrote to Kentico. */
  stockPushes: Counts,
  failuresByReason: z.array(FailureSeries),
  /** From the order being accepted to the sales order existing in Brightpearl; null = no order. */
  latencyP50Seconds: z.array(z.number().nullable()),
  latencyP95Seconds: z.array(z.number().nullable()),
});
export type HourlyInsights = z.infer<typeof HourlyInsights>;

/**
 * The Brightpearl request budget: per minute over 24 h (minute rows are kept 48 h), per hour
 * over longer ranges (then both figures are per-minute averages / minima within the hour).
 */
export const BudgetInsights = z.object({
  resolution: z.enum(['minute', 'hour']),
  buckets: z.array(Timestamp),
  /** Requests all companion instances sent, per minute. */
  requestsSent: z.array(z.number().nonnegative()),
  /** The least the account had left, as Brightpearl's answers said; null = no answer seen. */
  remainingMin: z.array(z.number().nullable()),
});
export type BudgetInsights = z.infer<typeof BudgetInsights>;

/** GET /insights: the merchant's charts, ready to plot. */
export const Insights = z.object({
  range: InsightsRange,
  generatedAt: Timestamp,
  hourly: HourlyInsights,
  budget: BudgetInsights,
  totals: z.object({
    ordersSynced: z.number().int().nonnegative(),
    stockPushes: z.number().int().nonnegative(),
    failures: z.number().int().nonnegative(),
    requestsSent: z.number().nonnegative(),
  }),
});
export type Insights = z.infer<typeof Insights>;
