/**
 * What a simulator does wrong, and how often. Every rate is a probability (0–1) per request; the
 * kinds exclude each other (one draw per request), so their sum must stay ≤ 1.
 */
export interface FaultPlan {
  /** 503 "too many requests" without executing: another app spent the account's budget. */
  throttle503: number;
  /** 500 without executing: the service fell over before doing anything. */
  error500: number;
  /** Never answered; the socket is closed after `hangMs` unless the client gave up first. */
  timeout: number;
  /** The socket is destroyed before executing: a proxy or load balancer dropped the connection. */
  reset: number;
  /** Executed, but only after `ms`: a slow answer that still succeeds. */
  slowMs: { rate: number; ms: number };
  /**
   * Executed, then the answer is lost (a 500 or a reset, half each). The client cannot tell this
   * from `error500`/`reset`, and this is what turns a naive retry into a duplicate in real life.
   */
  errorAfterExecute: number;
  /**
   * Paths (matched at the end, e.g. `/multi-message`) that answer 500 on every request without
   * executing: one feature down while the rest of the API works (multi-message's gateway outage,
   * reference §3.5). Not a rate: no draw is taken for these requests.
   */
  outagePaths: readonly string[];
}

export type FaultKind =
  'throttle503' | 'error500' | 'timeout' | 'reset' | 'slow' | 'errorAfterExecute' | 'outage';

/** Injected faults by kind since the simulator started (mutated in place by the middleware). */
export type FaultCounters = Record<FaultKind, number>;

export const NO_FAULTS: FaultPlan = Object.freeze({
  throttle503: 0,
  error500: 0,
  timeout: 0,
  reset: 0,
  slowMs: Object.freeze({ rate: 0, ms: 0 }),
  errorAfterExecute: 0,
  outagePaths: Object.freeze([]),
});

export const emptyFaultCounters = (): FaultCounters => ({
  throttle503: 0,
  error500: 0,
  timeout: 0,
  reset: 0,
  slow: 0,
  errorAfterExecute: 0,
  outage: 0,
});

export const totalFaults = (counters: Readonly<Record<string, number>>): number =>
  Object.values(counters).reduce((sum, value) => sum + value, 0);

/** Fills a partial plan with zeros and rejects rates outside 0–1 or summing over 1. */
export function resolveFaultPlan(plan: Partial<FaultPlan>): FaultPlan {
  const full: FaultPlan = {
    ...NO_FAULTS,
    ...plan,
    slowMs: { ...NO_FAULTS.slowMs, ...plan.slowMs },
  };
  const rates = [...rateEntries(full)];
  for (const [kind, rate] of rates) checkRate(kind, rate);
  const sum = rates.reduce((total, [, rate]) => total + rate, 0);
  if (sum > 1 + 1e-9) throw new RangeError(`fault rates add up to ${sum}, more than 1`);
  if (!(full.slowMs.ms >= 0)) throw new RangeError(`slowMs.ms must be ≥ 0, got ${full.slowMs.ms}`);
  return full;
}

/**
 * The kinds in the fixed order the single draw walks through: with one draw per request, a seed
 * and a plan replay the same decisions for the same sequence of requests.
 */
export function* rateEntries(plan: FaultPlan): Generator<[FaultKind, number]> {
  yield ['throttle503', plan.throttle503];
  yield ['error500', plan.error500];
  yield ['timeout', plan.timeout];
  yield ['reset', plan.reset];
  yield ['errorAfterExecute', plan.errorAfterExecute];
  yield ['slow', plan.slowMs.rate];
}

/** Picks the fault for one request from one uniform draw in [0, 1); undefined: none. */
export function pickFault(plan: FaultPlan, draw: number): FaultKind | undefined {
  let edge = 0;
  for (const [kind, rate] of rateEntries(plan)) {
    edge += rate;
    if (draw < edge) return kind;
  }
  return undefined;
}

function checkRate(kind: string, rate: number): void {
  if (!(rate >= 0 && rate <= 1))
    throw new RangeError(`fault rate ${kind} must be 0–1, got ${rate}`);
}
