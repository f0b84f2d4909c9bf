import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';

import type { CompanionCluster } from './companion-cluster';

/** A kill's recovery: seconds from the restart until the dead instance's jobs run again. */
export interface KillRecovery {
  killedAt: string;
  /** null: still stranded when the run gave up waiting (5 min). */
  seconds: number | null;
  /** Jobs the killed instance held at the kill. */
  jobsInHand: number;
}

const GIVE_UP_MS = 5 * 60_000;

/**
 * Measures, for every SIGKILL, how long after the restart the jobs the dead instance had in hand
 * are taken up again (running on some instance, or finished): jobs active since before the kill
 * that no instance heartbeating since the kill lists (ADR 0016). A survivor's own long job is
 * listed by its heartbeat, so it does not count; a job of the dead one counts until it is
 * handed back and fetched again.
 */
export function recoveryTracker(databaseUrl: string, schema: string) {
  const done: Array<Promise<KillRecovery>> = [];

  const stranded = async (client: Client, killedAt: Date): Promise<number> => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${schema}_pgboss.job j
        WHERE j.state = 'active' AND j.started_on < $1
          AND NOT EXISTS (SELECT 1 FROM ${schema}.instances i
                           WHERE i.heartbeat_at > $1 AND j.id::text = ANY(i.jobs_in_hand))`,
      [killedAt],
    );
    return rows[0]?.n ?? 0;
  };

  const follow = async (killedAt: Date, restarted: Promise<number>): Promise<KillRecovery> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // Read once the survivors have beaten since the kill (2 s), before any hand-back (12 s).
      await sleep(3_000);
      const jobsInHand = await stranded(client, killedAt).catch(() => 0);
      const restartedAt = await restarted;
      while (Date.now() - restartedAt < GIVE_UP_MS) {
        if ((await stranded(client, killedAt).catch(() => 1)) === 0) {
          const seconds = Math.max(0, Math.round((Date.now() - restartedAt) / 100) / 10);
          return { killedAt: killedAt.toISOString(), seconds, jobsInHand };
        }
        await sleep(250);
      }
      return { killedAt: killedAt.toISOString(), seconds: null, jobsInHand };
    } finally {
      await client.end();
    }
  };

  return {
    /** Call right after the SIGKILL; call the answer when the restart begins. */
    killed(): (restartedAt?: number) => void {
      let restart: (at: number) => void = () => undefined;
      const restarted = new Promise<number>((resolve) => (restart = resolve));
      done.push(follow(new Date(), restarted));
      return (at = Date.now()) => restart(at);
    },
    /** Every kill's figure, and the worst one (the chaos JSON's `recoverySecondsAfterKill`). */
    async summary(): Promise<{ recoverySecondsAfterKill: number | null; byKill: KillRecovery[] }> {
      const byKill = await Promise.all(done);
      const worst = byKill.some((kill) => kill.seconds === null)
        ? null
        : Math.max(0, ...byKill.map((kill) => kill.seconds ?? 0));
      return { recoverySecondsAfterKill: worst, byKill };
    },
  };
}

/**
 * The cluster as `runKills` sees it, with every SIGKILL and the restart after it reported to
 * `tracker`: the kill schedule itself is untouched.
 */
export function reportingKills(
  cluster: CompanionCluster,
  tracker: ReturnType<typeof recoveryTracker>,
): CompanionCluster {
  const instances = cluster.instances.map((instance) => {
    let restarting: ((at?: number) => void) | undefined;
    return new Proxy(instance, {
      get(target, property) {
        if (property === 'kill')
          return async () => {
            await target.kill();
            restarting = tracker.killed();
          };
        if (property === 'start')
          return async () => {
            restarting?.();
            restarting = undefined;
            await target.start();
          };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  });
  return new Proxy(cluster, {
    get: (target, property) =>
      property === 'instances' ? instances : Reflect.get(target, property, target),
  });
}
