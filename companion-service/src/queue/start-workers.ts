import type PgBoss from 'pg-boss';

import type { Logger } from '../observability/logger';
import type { Store } from '../store';
import { FailurePath } from './failure-path';
import type { JobHandler, WorkOptions } from './job';
import type { QueueDeclaration } from './queues';
import { WorkerLoop } from './worker-loop';

export interface StartWorkersInput {
  boss: PgBoss;
  store: Store;
  logger: Logger;
  declaration: QueueDeclaration;
  handler: JobHandler<unknown>;
  options: WorkOptions;
  pollIntervalMs: number;
  deadLetterPollIntervalMs: number;
}

/**
 * `concurrency` loops on the queue, each settling through the failure path, and one loop on the
 * queue's pg-boss dead-letter queue, so nothing that lands there stays unread.
 */
export function startWorkers(input: StartWorkersInput): Array<{ queue: string; loop: WorkerLoop }> {
  const { boss, store, logger, declaration, handler } = input;
  const path = new FailurePath({
    boss,
    store,
    logger,
    queue: declaration.name,
    hook: input.options.deadLetters ?? {},
  });
  const loops: Array<{ queue: string; loop: WorkerLoop }> = [];
  for (let i = 0; i < (input.options.concurrency ?? 1); i++) {
    const loop = new WorkerLoop({
      boss,
      logger,
      queue: declaration.name,
      handler: (job) =>
        handler({
          id: job.id,
          data: job.data,
          retryCount: job.retryCount,
          createdOn: job.createdOn,
        }),
      settlement: path,
      pollIntervalMs: input.pollIntervalMs,
    });
    loops.push({ queue: declaration.name, loop });
  }
  const deadLetterQueue = declaration.deadLetter;
  const reader = new WorkerLoop({
    boss,
    logger,
    queue: deadLetterQueue,
    handler: (job) => path.readDeadLetterQueue(deadLetterQueue, job),
    // The reader settles its job itself, in the dead letter's transaction.
    settlement: {
      succeeded: async () => undefined,
      failed: async (job, error) => {
        logger.error('Could not read a dead-letter job', {
          queue: deadLetterQueue,
          error: error instanceof Error ? error.message : String(error),
        });
        await boss.fail(deadLetterQueue, job.id, { message: String(error) });
      },
    },
    pollIntervalMs: input.deadLetterPollIntervalMs,
  });
  loops.push({ queue: deadLetterQueue, loop: reader });
  for (const { loop } of loops) loop.start();
  return loops;
}
