import { z } from 'zod';

import { INSTANCE_ID } from '../instances';

import type { Logger } from '../observability/logger';
import type { DeadLetterHook, Job, JobHandler, JobQueue, QueueName } from '../queue';
import { type IntervalSource, scheduleEvery, slotSeconds } from '../queue/schedule';
import type { Db } from '../store';
import { ifLeaseFree } from './leases';
import { beginScheduledRun, finishScheduledRun } from './scheduled-runs';

/** Jobs queued by an older version carry no interval: the worker's own setting applies then. */
const ScheduledJobData = z.object({ intervalSeconds: z.number().int().positive().optional() });

export interface ScheduledJob {
  name: QueueName;
  /**
   * 0 or less: this instance does not schedule (it still runs jobs others scheduled). A function
   * is read at every tick (the stored settings): a change applies without a restart.
   */
  intervalSeconds: IntervalSource;
  /** Shared with the job's manual "run now", so the two never overlap. */
  leaseKey: string;
  /** The body (e.g. wrapped in `withMapping`); it runs only when this run is the slot's one. */
  handler: JobHandler<unknown>;
  /** Tests run two "instances" in one process. */
  owner?: string;
  /** How the body's failures of single records are named and marked (e.g. refused credits). */
  deadLetters?: DeadLetterHook;
}

/** Registers the job's worker and, when it has an interval, this instance's schedule for it. */
export async function startScheduledJob(
  deps: { db: Db; queue: JobQueue; logger: Logger },
  job: ScheduledJob,
): Promise<() => void> {
  await deps.queue.work<unknown>(job.name, (queued) => runScheduledJob(deps, job, queued), {
    concurrency: 1,
    deadLetters: job.deadLetters,
  });
  if (typeof job.intervalSeconds === 'number' && job.intervalSeconds <= 0) return () => undefined;
  return scheduleEvery(deps.queue, {
    name: job.name,
    intervalSeconds: job.intervalSeconds,
    logger: deps.logger,
  });
}

/**
 * Runs the body under the job's lease and records the run. A job that finds the lease taken (a
 * run of an earlier slot is still going) or its slot already done finishes quietly: throwing
 * would make pg-boss retry it, i.e. run it again later, which is the duplicate it must avoid.
 * A body that throws is recorded as failed and rethrown, so pg-boss retries it as usual.
 */
export async function runScheduledJob(
  deps: { db: Db; logger: Logger },
  job: ScheduledJob,
  queued: Job<unknown>,
): Promise<void> {
  const parsed = ScheduledJobData.safeParse(queued.data);
  const intervalSeconds =
    (parsed.success ? parsed.data.intervalSeconds : undefined) ??
    slotSeconds(typeof job.intervalSeconds === 'number' ? job.intervalSeconds : 60);
  const owner = job.owner ?? INSTANCE_ID;
  const outcome = await ifLeaseFree(
    deps.db,
    // The default short TTL, renewed while the body runs: a run killed midway blocks the next
    // one for one TTL (seconds), never the whole interval.
    { key: job.leaseKey },
    async () => {
      const run = { job: job.name, intervalSeconds, owner, jobId: queued.id };
      const id = await beginScheduledRun(deps.db, run);
      if (id === null) return 'slot-done' as const;
      try {
        await job.handler(queued);
      } catch (error) {
        await finishScheduledRun(deps.db, { id, outcome: 'failed' });
        throw error;
      }
      await finishScheduledRun(deps.db, { id, outcome: 'done' });
      return 'ran' as const;
    },
  );
  const skipped = !outcome.ran
    ? 'lease held elsewhere'
    : outcome.value === 'slot-done'
      ? 'slot already done'
      : null;
  if (skipped)
    deps.logger.debug('Scheduled job skipped', {
      queue: job.name,
      jobId: queued.id,
      reason: skipped,
    });
}
