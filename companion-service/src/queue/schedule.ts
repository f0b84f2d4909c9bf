import type { Logger } from '../observability/logger';
import type { JobQueue } from './job';
import type { QueueName } from './queues';

/** The data of a job the schedule created; `intervalSeconds` names the slot length. */
export interface ScheduledJobData {
  trigger: 'schedule';
  intervalSeconds: number;
}

/** pg-boss throttles in whole seconds; a fractional setting (0.5 minutes) is rounded. */
export const slotSeconds = (intervalSeconds: number): number =>
  Math.max(1, Math.round(intervalSeconds));

/**
 * Enqueues `name` once per interval across the whole cluster. Every instance may call it: each
 * one ticks twice per interval (so a slot is covered even if timers drift or an instance dies),
 * and pg-boss keeps only the first job of each slot.
 *
 * Why pg-boss 10's throttle (`singletonSeconds` + `singletonKey`) and not its `schedule()`:
 * - the throttle is a unique index on (name, singleton_on, singleton_key) with singleton_on
 *   computed from the database's `now()`, so instances with skewed clocks still agree on the
 *   slot, and it holds under our 'standard' queue policy (the index covers every policy);
 * - a throttled job is one row: its retries reuse it, so a retry is never a second job;
 * - `schedule()` needs pg-boss's timekeeper (off here, see boss-setup.ts), has minute-level cron
 *   resolution (the chaos run schedules every 5 s) and would be a second, separately configured
 *   source of truth for the intervals that already live in our config.
 * The job body still runs under a lease (sync/scheduled-job.ts): a slow run may outlast its slot.
 */
export function scheduleEvery(
  queue: JobQueue,
  input: { name: QueueName; intervalSeconds: IntervalSource; logger: Logger },
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const enqueue = (seconds: number): void => {
    const data: ScheduledJobData = { trigger: 'schedule', intervalSeconds: seconds };
    queue
      .enqueue(input.name, data, { singletonKey: 'schedule', singletonSeconds: seconds })
      .catch((error: unknown) => {
        input.logger.warn('Could not schedule a job', { queue: input.name, error });
      });
  };
  const next = (delayMs: number): void => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), delayMs);
    timer.unref();
  };
  const tick = async (): Promise<void> => {
    const seconds = await currentInterval(input);
    if (seconds > 0) enqueue(slotSeconds(seconds));
    next(tickDelayMs(input.intervalSeconds, seconds));
  };
  // As before settings were stored: the first tick comes half an interval after the start (a
  // live interval is read first), so a (re)start does not run every scheduled job at once.
  void currentInterval(input).then((seconds) => next(tickDelayMs(input.intervalSeconds, seconds)));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * A fixed interval, or one read at every tick (the stored settings, ADR 13): a changed interval
 * applies from the next tick on every instance, and pg-boss's throttle still keeps one job per
 * slot of the new length. 0 or less: nothing is scheduled until it changes.
 */
export type IntervalSource = number | (() => Promise<number>);

/** A live interval is looked at least this often, so a change is not waited out for hours. */
export const LIVE_INTERVAL_CHECK_MS = 30_000;

async function currentInterval(input: {
  name: QueueName;
  intervalSeconds: IntervalSource;
  logger: Logger;
}): Promise<number> {
  if (typeof input.intervalSeconds === 'number') return input.intervalSeconds;
  try {
    return await input.intervalSeconds();
  } catch (error) {
    // An unreadable setting skips this tick only; the next one tries again.
    input.logger.warn('Could not read a schedule interval', { queue: input.name, error });
    return 0;
  }
}

/** Twice per slot (see above); a live interval also at least every LIVE_INTERVAL_CHECK_MS. */
function tickDelayMs(source: IntervalSource, seconds: number): number {
  const half = seconds > 0 ? (slotSeconds(seconds) * 1000) / 2 : LIVE_INTERVAL_CHECK_MS;
  return typeof source === 'number' ? half : Math.min(half, LIVE_INTERVAL_CHECK_MS);
}
