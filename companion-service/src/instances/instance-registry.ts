import type { Db } from '../store';

/**
 * The `instances` table (ADR 0016): each companion instance's heartbeat and the jobs it has in
 * hand. Only this file holds SQL on it. Times are the database's clock, so instances with
 * skewed clocks still agree on who is stale.
 */

/** Records that the instance is alive and what it is working on (re-creates a removed row). */
export async function beat(db: Db, id: string, jobsInHand: readonly string[]): Promise<void> {
  await db.query(
    `INSERT INTO instances (id, jobs_in_hand) VALUES ($1, $2::text[])
     ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), jobs_in_hand = EXCLUDED.jobs_in_hand`,
    [id, [...jobsInHand]],
  );
}

/** A stopped instance leaves: nothing it held needs recovering. */
export async function leave(db: Db, id: string): Promise<void> {
  await db.query(`DELETE FROM instances WHERE id = $1`, [id]);
}

/** Instances whose heartbeat is older than `staleSeconds`: crashed, or cut off from the store. */
export async function staleInstances(db: Db, staleSeconds: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM instances WHERE heartbeat_at < now() - make_interval(secs => $1::float8)`,
    [staleSeconds],
  );
  return rows.map((row) => row.id);
}

/** Forgets instances still stale once their jobs were handed back (a live one beats again). */
export async function forgetStale(
  db: Db,
  input: { ids: readonly string[]; staleSeconds: number },
): Promise<void> {
  if (input.ids.length === 0) return;
  await db.query(
    `DELETE FROM instances
     WHERE id = ANY($1::text[]) AND heartbeat_at < now() - make_interval(secs => $2::float8)`,
    [[...input.ids], input.staleSeconds],
  );
}

/** Every other instance in this store is gone (PGlite: the store belongs to one process). */
export async function forgetAllBut(db: Db, id: string): Promise<void> {
  await db.query(`DELETE FROM instances WHERE id <> $1`, [id]);
}

/**
 * Active jobs in `queues` that no live instance has in hand and that started more than
 * `staleSeconds` ago (so a job fetched since its holder's last heartbeat is not mistaken for
 * one). `onlyId` with `lock` re-checks one job under a row lock, in the caller's transaction.
 */
export async function unheldActiveJobs(
  db: Db,
  input: {
    bossSchema: string;
    queues: readonly string[];
    staleSeconds: number;
    onlyId?: string;
    lock?: boolean;
  },
): Promise<Array<{ name: string; id: string }>> {
  const { bossSchema, queues, staleSeconds, onlyId, lock } = input;
  return db.query<{ name: string; id: string }>(
    `SELECT j.name, j.id::text AS id FROM ${bossSchema}.job j
     WHERE j.state = 'active' AND j.name = ANY($1::text[])
       AND j.started_on < now() - make_interval(secs => $2::float8)
       AND ($3::text IS NULL OR j.id::text = $3)
       AND NOT EXISTS (
         SELECT 1 FROM instances i
         WHERE i.heartbeat_at >= now() - make_interval(secs => $2::float8)
           AND j.id::text = ANY(i.jobs_in_hand))
     ${lock ? 'FOR UPDATE OF j' : ''}`,
    [[...queues], staleSeconds, onlyId ?? null],
  );
}
