import type { RequestHandler } from 'express';

import { faultMiddleware, type FaultResponses } from './fault-middleware';
import {
  emptyFaultCounters,
  type FaultCounters,
  type FaultPlan,
  NO_FAULTS,
  resolveFaultPlan,
} from './fault-plan';

/** A simulator's switchable faults: one middleware, a plan that can change while it runs. */
export interface FaultInjector {
  /** Mount before the routes; it reads the current plan on every request. */
  readonly middleware: RequestHandler;
  /** Replaces the plan (missing kinds: 0). Throws RangeError on a bad rate. */
  setPlan(plan: Partial<FaultPlan>): void;
  plan(): FaultPlan;
  /** A copy of the counts of injected faults by kind. */
  counters(): FaultCounters;
}

export function createFaultInjector(options: {
  seed: number;
  responses?: FaultResponses;
  hangMs?: number;
}): FaultInjector {
  let plan: FaultPlan = NO_FAULTS;
  const counters = emptyFaultCounters();
  return {
    middleware: faultMiddleware(() => plan, { ...options, counters }),
    setPlan(next) {
      plan = resolveFaultPlan(next);
    },
    plan: () => ({ ...plan, slowMs: { ...plan.slowMs } }),
    counters: () => ({ ...counters }),
  };
}
