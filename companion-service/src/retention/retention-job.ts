import type { Logger } from '../observability/logger';
import type { JobQueue } from '../queue';
import { slotSeconds } from '../queue/schedule';
import type { Db } from '../store';
import { startScheduledJob } from '../sync/scheduled-job';
import { pruneExpired } from './prune-expired';

/** Once a day, cluster-wide (the slot is a UTC day on the database clock). */
export const RETENTION_INTERVAL_SECONDS = 24 * 60 * 60;

/**
 * Registers the daily prune on this instance. Every instance may: the schedule keeps one job
 * per day across the cluster and the job runs under a lease (sync/scheduled-job.ts). The
 * schedule ticks every half interval, so an instance also asks once at start-up: a companion
 * restarted more often than every 12 h would otherwise never prune (same slot, same key, so
 * this adds no second run).
 */
export async function startRetentionJob(
  deps: { db: Db; queue: JobQueue; logger: Logger },
  options: { retentionDays: number; intervalSeconds?: number },
): Promise<() => void> {
  const intervalSeconds = options.intervalSeconds ?? RETENTION_INTERVAL_SECONDS;
  const stop = await startScheduledJob(deps, {
    name: 'retention',
    intervalSeconds,
    leaseKey: 'retention',
    handler: async () => {
      const result = await pruneExpired(deps.db, { retentionDays: options.retentionDays });
      deps.logger.info('Retention prune done', { ...result });
    },
  });
  if (intervalSeconds > 0) {
    const seconds = slotSeconds(intervalSeconds);
    await deps.queue.enqueue(
      'retention',
      { trigger: 'schedule', intervalSeconds: seconds },
      { singletonKey: 'schedule', singletonSeconds: seconds },
    );
  }
  return stop;
}
