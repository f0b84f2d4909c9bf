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
  input: { name: QueueName; intervalSeconds: number; logger: Logger },
): () => void {
  const seconds = slotSeconds(input.intervalSeconds);
  const data: ScheduledJobData = { trigger: 'schedule', intervalSeconds: seconds };
  const tick = (): void => {
    queue
      .enqueue(input.name, data, { singletonKey: 'schedule', singletonSeconds: seconds })
      .catch((error: unknown) => {
        input.logger.warn('Could not schedule a job', { queue: input.name, error });
      });
  };
  const timer = setInterval(tick, (seconds * 1000) / 2);
  timer.unref();
  return () => clearInterval(timer);
}
