import { INSTANCE_ID } from '../instances';
import type { Logger } from '../observability/logger';
import type { Db } from '../store';
import { ifLeaseFree } from '../sync/leases';
import { rollUp } from './rollup';
import { type BudgetReading, BudgetSampler } from './sampler';

export interface InsightsOptions {
  /** How often this instance notes and writes its Brightpearl requests (5 s). */
  sampleMs?: number;
  /** How often the cluster rolls the hours up, the one still filling included (30 s). */
  rollUpMs?: number;
  /** Tests run two "instances" in one process. */
  writer?: string;
}

/**
 * Starts this instance's budget sampler and its share of the roll-up. Every instance ticks; the
 * lease lets one roll up at a time, and the roll-up is idempotent anyway, so an instance that
 * stopped (or a cluster that was down) only delays it: the next run catches up. The roll-up is
 * the charts' only writer: GET /insights reads what it wrote (at most one tick old), nothing more.
 */
export function startInsights(
  deps: { db: Db; brightpearl: { stats(): BudgetReading }; logger: Logger },
  options: InsightsOptions = {},
): () => void {
  const sampler = new BudgetSampler({
    db: deps.db,
    writer: options.writer ?? INSTANCE_ID,
    read: () => deps.brightpearl.stats(),
  });
  const warn = (what: string) => (error: unknown) =>
    deps.logger.warn(`Insights ${what} failed; retried at the next tick`, {
      error: error instanceof Error ? error.message : String(error),
    });
  const sampleAndWrite = () => {
    sampler.sample();
    void sampler.flush().catch(warn('sample write'));
  };
  const rollUpNow = () =>
    void ifLeaseFree(deps.db, { key: 'insights-rollup' }, () =>
      rollUp(deps.db, { includePartial: true }),
    ).catch(warn('roll-up'));
  const timers = [
    setInterval(sampleAndWrite, options.sampleMs ?? 5_000),
    setInterval(rollUpNow, options.rollUpMs ?? 30_000),
  ];
  for (const timer of timers) timer.unref();
  rollUpNow(); // catch up at start-up, not a minute later
  // No last write on stop: the store may already be closing. At most one tick of counts is lost.
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
