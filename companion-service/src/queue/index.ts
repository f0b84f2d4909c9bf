export { createJobQueue } from './job-queue';
export type { EnqueueOptions, Job, JobHandler, JobQueue, JobQueueOptions } from './job';
export {
  QUEUES,
  type DeadLetterQueueName,
  type QueueDeclaration,
  type QueueDeclarations,
  type QueueKey,
  type QueueName,
} from './queues';
