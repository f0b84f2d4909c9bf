import type PgBoss from 'pg-boss';

import { afterCommit, type Db } from '../store';
import { bossDbOverTransaction } from './boss-db';
import { newInstanceId } from '../instances';
import { createBoss, declareQueues, recoverAfterRestart } from './boss-setup';
import { handBack } from './hand-back';
import {
  DEFAULT_HEARTBEAT_SECONDS,
  DEFAULT_STALE_SECONDS,
  InstanceHeartbeat,
} from './instance-heartbeat';
import type { EnqueueOptions, JobHandler, JobQueue, JobQueueOptions, WorkOptions } from './job';
import { type QueueName, QUEUES } from './queues';
import { startWorkers } from './start-workers';
import { settlesWithin } from './timing';
import type { WorkerLoop } from './worker-loop';

export function createJobQueue(options: JobQueueOptions): JobQueue {
  return new PgBossJobQueue(options);
}

class PgBossJobQueue implements JobQueue {
  private boss: PgBoss | undefined;
  private starting: Promise<void> | undefined;
  private readonly loops: Array<{ queue: string; loop: WorkerLoop }> = [];
  private readonly declarations;
  private readonly schema;
  private readonly instanceId;
  private heartbeat: InstanceHeartbeat | undefined;

  constructor(private readonly options: JobQueueOptions) {
    this.declarations = Object.values(options.queues ?? QUEUES);
    this.schema = options.schema ?? 'pgboss';
    this.instanceId = options.instanceId ?? newInstanceId();
  }

  /** Idempotent; concurrent callers share one start-up. */
  start(): Promise<void> {
    this.starting ??= this.startBoss().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  private async startBoss(): Promise<void> {
    const { store, logger, databaseUrl, poolMax, retentionDays } = this.options;
    const boss = createBoss({
      store,
      logger,
      schema: this.schema,
      ...(databaseUrl ? { databaseUrl } : {}),
      poolMax,
      retentionDays,
    });
    await boss.start();
    await declareQueues(boss, this.declarations);
    const queues = this.queueNames();
    const { instanceId, schema } = this;
    if (store.kind === 'pglite')
      await recoverAfterRestart({ boss, store, logger, schema, queues, instanceId });
    this.heartbeat = new InstanceHeartbeat({
      store,
      boss,
      logger,
      bossSchema: schema,
      queues,
      instanceId,
      jobsInHand: () => this.jobsInHand(),
      heartbeatSeconds: this.options.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
      staleSeconds: this.options.staleSeconds ?? DEFAULT_STALE_SECONDS,
    });
    await this.heartbeat.start();
    this.boss = boss;
  }

  async enqueue<T>(
    queue: QueueName,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const { db, singletonKey, singletonSeconds, startAfterSeconds, priority } = options;
    const id = await this.started().send(queue, data as object, {
      ...(db ? { db: bossDbOverTransaction(db) } : {}),
      ...(singletonKey !== undefined ? { singletonKey } : {}),
      ...(singletonSeconds !== undefined ? { singletonSeconds } : {}),
      ...(startAfterSeconds !== undefined ? { startAfter: startAfterSeconds } : {}),
      ...(priority !== undefined ? { priority } : {}),
    });
    afterCommit(db, () => this.wake(queue));
    return id;
  }

  async enqueueMany(
    jobs: ReadonlyArray<{ queue: QueueName; data: unknown }>,
    options: { db?: Db } = {},
  ): Promise<void> {
    if (jobs.length === 0) return;
    const { db } = options;
    const rows = jobs.map(({ queue, data }) => ({ name: queue, data: data as object }));
    await this.started().insert(rows, db ? { db: bossDbOverTransaction(db) } : {});
    for (const queue of new Set(jobs.map((job) => job.queue)))
      afterCommit(db, () => this.wake(queue));
  }

  async work<T>(
    queue: QueueName,
    handler: JobHandler<T>,
    options: WorkOptions = {},
  ): Promise<void> {
    const boss = this.started();
    const declaration = this.declarations.find((candidate) => candidate.name === queue);
    if (!declaration) throw new Error(`Queue ${queue} is not declared`);
    const { store, logger, pollingIntervalSeconds, deadLetterPollingIntervalSeconds } =
      this.options;
    const loops = startWorkers({
      boss,
      store,
      logger,
      declaration,
      handler: handler as JobHandler<unknown>,
      options,
      pollIntervalMs: (pollingIntervalSeconds ?? 0.5) * 1000,
      deadLetterPollIntervalMs: (deadLetterPollingIntervalSeconds ?? 15) * 1000,
    });
    this.loops.push(...loops);
  }

  async depths(): Promise<Record<string, number>> {
    const boss = this.started();
    const depths: Record<string, number> = {};
    for (const name of this.queueNames())
      depths[name] = await boss.getQueueSize(name, { before: 'completed' });
    return depths;
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const boss = this.boss;
    if (!boss) return;
    this.boss = undefined;
    this.starting = undefined;
    const drained = await settlesWithin(
      Promise.all(this.loops.map(({ loop }) => loop.stop())),
      this.options.stopTimeoutMs ?? 15_000,
    );
    if (!drained) await this.failJobsInHand(boss);
    this.loops.length = 0;
    await this.heartbeat?.stop();
    this.heartbeat = undefined;
    // Our loops are the only workers and they are done: nothing for pg-boss to wait for.
    await boss.stop({ graceful: false });
  }

  /** Handlers that outlived the stop timeout: hand their jobs back to run at once, not at expiry. */
  private async failJobsInHand(boss: PgBoss): Promise<void> {
    for (const { queue, loop } of this.loops) {
      if (!loop.jobInHand) continue;
      this.options.logger.warn('Stopping with a job still running', {
        queue,
        jobId: loop.jobInHand,
      });
      await handBack({
        boss,
        store: this.options.store,
        bossSchema: this.schema,
        job: { name: queue, id: loop.jobInHand },
        reason: 'companion stopped while the job was active',
      }).catch(() => undefined);
    }
  }

  private jobsInHand(): string[] {
    return this.loops.flatMap(({ loop }) => (loop.jobInHand ? [loop.jobInHand] : []));
  }

  private wake(queue: string): void {
    for (const entry of this.loops) if (entry.queue === queue) entry.loop.wake();
  }

  private queueNames(): string[] {
    return this.declarations.flatMap((declaration) => [declaration.name, declaration.deadLetter]);
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('Job queue not started');
    return this.boss;
  }
}
