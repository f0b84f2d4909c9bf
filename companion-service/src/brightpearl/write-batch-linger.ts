import type { BudgetClock } from './budget-types';

/** How long a batch that is not full may wait for company under backlog (1.5 s). */
export const DEFAULT_WRITE_LINGER_MS = 1_500;
/** From this share of the allowance used in the rolling window, requests are getting scarce. */
const PRESSURE_TO_LINGER = 0.5;
/** A stream of writes has paused when none joined for this part of lingerMs. */
const QUIET_FRACTION = 1 / 3;
/** How often a lingering batch looks whether it still has reason to wait. */
const RECHECK_MS = 50;

export interface WriteLingerOptions {
  /** Upper bound of the wait; 0 turns lingering off (a batch then queues at once). */
  lingerMs: number;
  /**
   * This instance's Brightpearl requests at this priority or a more urgent one, queued or in
   * flight (RateBudget.backlog). Other order jobs are mid-way while there are some: their
   * searches, contacts and addresses are going, and their creates will follow.
   */
  backlog: (priority: number) => number;
  /** Share (0–1) of the allowance the rolling window already holds (all instances, if shared). */
  pressure: () => number;
  clock: Pick<BudgetClock, 'now' | 'after'>;
}

export interface Lingering {
  /** Stop waiting and go now (the batch is full). */
  flush(): void;
  /** A write joined: the stream goes on. */
  joined(): void;
}

/**
 * Decides when a batch that has just opened asks the budget for its slot
 * (docs/adr/0021-batched-writes-under-backlog.md, "Waiting for company under backlog"). At once
 * when nothing else at its priority is queued or in flight here and the rolling window is under
 * half full (latency first). Otherwise it waits for company, and goes when it is full, when
 * `lingerMs` has passed, or as soon as nothing is queued or in flight and no write has joined
 * for a third of `lingerMs` (the others are done: waiting longer would only add latency).
 * `go` runs exactly once, synchronously when there is nothing to wait for.
 */
export function holdForCompany(
  options: WriteLingerOptions,
  priority: number,
  go: () => void,
): Lingering {
  const busy = () => options.backlog(priority) > 0;
  if (options.lingerMs <= 0 || !(busy() || options.pressure() >= PRESSURE_TO_LINGER)) {
    go();
    return { flush: () => undefined, joined: () => undefined };
  }
  const { clock } = options;
  const deadline = clock.now() + options.lingerMs;
  const quietMs = options.lingerMs * QUIET_FRACTION;
  let lastJoin = clock.now();
  let done = false;
  let cancel: () => void = () => undefined;
  const finish = (): void => {
    if (done) return;
    done = true;
    cancel();
    go();
  };
  const check = (): void => {
    const now = clock.now();
    const left = deadline - now;
    if (left <= 0 || (!busy() && now - lastJoin >= quietMs)) return finish();
    cancel = clock.after(Math.min(RECHECK_MS, left), check);
  };
  check();
  return {
    flush: finish,
    joined: () => {
      lastJoin = clock.now();
    },
  };
}
