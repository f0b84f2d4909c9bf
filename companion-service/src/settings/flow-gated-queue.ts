import type { MappingSource } from '../mapping';
import type { Job, JobHandler, JobQueue, QueueName, WorkOptions } from '../queue';
import type { Db } from '../store';
import { markFlowSkipped } from './flow-markers';
import { type FlowName, flowEnabled } from './flow-switches';

/**
 * The queue a flow registers its workers on, with the flow switch in front of the named queues'
 * handlers: switched off, a job does no work and marks the flow for catch-up (as whenFlowOn).
 * For flows whose registration is shared with other work in progress (the order flow): the
 * switch then needs no edit inside the flow.
 */
export function flowGatedQueue(
  queue: JobQueue,
  gate: { flow: FlowName; queues: readonly QueueName[]; db: Db; mappings: MappingSource },
): JobQueue {
  return {
    start: () => queue.start(),
    enqueue: (name, data, options) => queue.enqueue(name, data, options),
    enqueueMany: (jobs, options) => queue.enqueueMany(jobs, options),
    depths: () => queue.depths(),
    stop: () => queue.stop(),
    work: <T>(name: QueueName, handler: JobHandler<T>, options?: WorkOptions) =>
      queue.work<T>(
        name,
        gate.queues.includes(name)
          ? async (job: Job<T>) => {
              const { mapping } = await gate.mappings.current();
              if (flowEnabled(mapping, gate.flow)) return handler(job);
              await markFlowSkipped(gate.db, gate.flow, job.createdOn ?? new Date());
            }
          : handler,
        options,
      ),
  };
}
