import type PgBoss from 'pg-boss';

import type { Db, Store } from '../store';
import { bossDbOverTransaction } from './boss-db';

/**
 * Gives an active job whose run ended outside its handler (a crash, a stop) back to the queue,
 * to run again at once: a restart is not the kind of failure exponential backoff is for. It is
 * still a pg-boss failure, so it counts against `retryLimit` (a job that crashes the companion
 * every time ends as a dead letter) and the last one goes to the dead-letter queue as usual.
 * `stillActive`, when given, re-checks the job under a row lock in the same transaction, so two
 * instances recovering the same job hand it back once. Returns whether it was handed back.
 */
export async function handBack(input: {
  boss: PgBoss;
  store: Store;
  bossSchema: string;
  job: { name: string; id: string };
  reason: string;
  stillActive?: (tx: Db) => Promise<boolean>;
}): Promise<boolean> {
  const { boss, store, bossSchema, job, reason, stillActive } = input;
  return store.transaction(async (tx) => {
    if (stillActive && !(await stillActive(tx))) return false;
    await boss.fail(job.name, job.id, { message: reason }, { db: bossDbOverTransaction(tx) });
    await tx.query(
      `UPDATE ${bossSchema}.job SET start_after = now()
       WHERE name = $1 AND id = $2::uuid AND state = 'retry'`,
      [job.name, job.id],
    );
    return true;
  });
}
