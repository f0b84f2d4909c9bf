import type PgBoss from 'pg-boss';

import { beat, forgetStale, leave, staleInstances, unheldActiveJobs } from '../instances';
import type { Logger } from '../observability/logger';
import type { Store } from '../store';
import { handBack } from './hand-back';

/** Often enough that a job fetched since the last beat is listed long before it could look lost. */
export const DEFAULT_HEARTBEAT_SECONDS = 2;
/**
 * An instance silent this long is taken for dead and its jobs are handed back. Longer than the
 * record lease TTL (sync/leases.ts, 10 s) plus one beat, so the dead holder's leases have
 * lapsed by the time its jobs run again; long enough that a busy event loop is not a death.
 */
export const DEFAULT_STALE_SECONDS = 12;

export interface InstanceHeartbeatOptions {
  store: Store;
  boss: PgBoss;
  bossSchema: string;
  /** Queues (and dead-letter queues) this companion declares: only their jobs are recovered. */
  queues: readonly string[];
  instanceId: string;
  jobsInHand: () => string[];
  heartbeatSeconds: number;
  staleSeconds: number;
  logger: Logger;
}

/**
 * ADR 0016. Every beat records this instance's jobs in hand; then, if some instance has gone
 * silent, the active jobs no live instance holds are handed back to run at once. pg-boss 10 has
 * no heartbeat of its own: without this a killed instance's jobs wait out `expireInSeconds`.
 */
export class InstanceHeartbeat {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();

  constructor(private readonly options: InstanceHeartbeatOptions) {}

  /** The first beat is awaited: no job is fetched before this instance is on the list. */
  async start(): Promise<void> {
    const { store, instanceId, jobsInHand, heartbeatSeconds } = this.options;
    await beat(store, instanceId, jobsInHand());
    this.timer = setInterval(() => {
      this.ticking = this.ticking.then(() => this.tick());
    }, heartbeatSeconds * 1000);
    this.timer.unref();
  }

  /** Stops beating and leaves the list (call once no job is in hand any more). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
    await leave(this.options.store, this.options.instanceId).catch(() => undefined);
  }

  /**
   * Hands back every active job no live instance has listed for `staleSeconds`. Not only when an
   * instance has just gone silent: a job its holder fetched after its last beat is too young to
   * hand back at that moment, and once the silent row is forgotten nothing else would notice it
   * (it would wait out pg-boss's expiry). Returns how many.
   */
  async recoverSilentInstances(): Promise<number> {
    const { store, staleSeconds, logger } = this.options;
    const silent = await staleInstances(store, staleSeconds);
    const lost = await unheldActiveJobs(store, this.lookup());
    let handedBack = 0;
    for (const job of lost) if (await this.handBackLost(job)) handedBack += 1;
    if (silent.length > 0) await forgetStale(store, { ids: silent, staleSeconds });
    if (handedBack > 0)
      logger.warn('Jobs of a silent companion instance handed back', {
        instances: silent.length,
        jobs: handedBack,
      });
    return handedBack;
  }

  private async tick(): Promise<void> {
    const { store, instanceId, jobsInHand, logger } = this.options;
    try {
      await beat(store, instanceId, jobsInHand());
      await this.recoverSilentInstances();
    } catch (error) {
      // The next beat tries again; only a whole `staleSeconds` of failures makes us look dead.
      logger.warn('Instance heartbeat failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private handBackLost(job: { name: string; id: string }): Promise<boolean> {
    const { boss, store, bossSchema } = this.options;
    return handBack({
      boss,
      store,
      bossSchema,
      job,
      reason: 'companion instance stopped responding while the job was active',
      stillActive: async (tx) =>
        (await unheldActiveJobs(tx, { ...this.lookup(), onlyId: job.id, lock: true })).length > 0,
    });
  }

  private lookup() {
    const { bossSchema, queues, staleSeconds } = this.options;
    return { bossSchema, queues, staleSeconds };
  }
}
