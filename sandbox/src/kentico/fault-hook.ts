import type { ServerResponse } from 'node:http';

import {
  createFaultInjector,
  type FaultCounters,
  type FaultInjector,
  type FaultPlan,
} from '../faults';

/**
 * Faults of the Kentico side: the bridge fails like an ASP.NET app (500s, dropped connections,
 * slow or hung answers, answers lost after the work was done; no throttling), and the outbox
 * can lose events outright, as when the extension's event handler never ran.
 */
export type KenticoFaultPlan = Partial<Omit<FaultPlan, 'throttle503'>> & {
  /** Share (0–1) of events never delivered: only reconciliation can find their orders. */
  eventDropRate?: number;
};

// Outages of one path are a Brightpearl feature's (multi-message); the bridge has none.
export type KenticoFaultCounters = Omit<FaultCounters, 'throttle503' | 'outage'> & {
  eventsDropped: number;
};

const answer = (res: ServerResponse, status: number, error: string): void => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error }));
};

export function createKenticoFaults(seed: number): FaultInjector {
  return createFaultInjector({
    seed,
    responses: {
      throttle: (res) => answer(res, 503, 'Service Unavailable'),
      serverError: (res) => answer(res, 500, 'An error has occurred.'),
    },
  });
}

/** The bridge part of a Kentico plan (the outbox takes the drop rate). */
export function bridgePlan(plan: KenticoFaultPlan): Partial<FaultPlan> {
  const bridge: KenticoFaultPlan & Partial<FaultPlan> = { ...plan, throttle503: 0 };
  delete bridge.eventDropRate;
  return bridge;
}

export const kenticoCounters = (
  counters: FaultCounters,
  eventsDropped: number,
): KenticoFaultCounters => ({
  error500: counters.error500,
  timeout: counters.timeout,
  reset: counters.reset,
  slow: counters.slow,
  errorAfterExecute: counters.errorAfterExecute,
  eventsDropped,
});
