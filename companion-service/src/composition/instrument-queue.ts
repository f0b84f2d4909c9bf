import type { JobQueue } from '../queue';
import type { Job, JobHandler, WorkOptions } from '../queue/job';
import type { Metrics } from '../observability/metrics';

/** The same queue, with every handler's outcome counted per queue. */
export function instrumentQueue(queue: JobQueue, metrics: Metrics): JobQueue {
  return {
    start: () => queue.start(),
    stop: () => queue.stop(),
    depths: () => queue.depths(),
    enqueue: (name, data, options) => queue.enqueue(name, data, options),
    enqueueMany: (jobs, options) => queue.enqueueMany(jobs, options),
    work<T>(name: Parameters<JobQueue['work']>[0], handler: JobHandler<T>, options?: WorkOptions) {
      const counted = async (job: Job<T>) => {
        try {
          await handler(job);
          metrics.jobs.inc({ queue: name, outcome: 'done' });
        } catch (error) {
          metrics.jobs.inc({ queue: name, outcome: 'failed' });
          throw error;
        }
      };
      return queue.work<T>(name, counted, options);
    },
  };
}
