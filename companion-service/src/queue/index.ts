export { createJobQueue } from './job-queue';
export { DEFAULT_RETENTION_DAYS } from './boss-setup';
export { parseJobPayload } from './job-payload';
export type {
  DeadLetterDraft,
  DeadLetterHook,
  EnqueueOptions,
  Job,
  JobHandler,
  JobQueue,
  JobQueueOptions,
  WorkOptions,
} from './job';
export {
  QUEUES,
  type DeadLetterQueueName,
  type QueueDeclaration,
  type QueueDeclarations,
  type QueueKey,
  type QueueName,
} from './queues';
