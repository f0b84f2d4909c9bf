import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Db } from '../store';

/** Another worker (maybe another instance) holds the record; retrying shortly will help. */
export class RecordLockedError extends Error {
  override readonly name = 'RecordLockedError';
  readonly retryable = true;
}

/**
 * Per-record serialisation that works on PGlite and on a shared Postgres alike: a row in
 * `leases` with an expiry, so a crashed holder never blocks a record for longer than the TTL.
 * (Session advisory locks would pin a connection for the whole Brightpearl round trip.)
 */
export async function withLease<T>(
  db: Db,
  options: { key: string; ttlSeconds?: number; waitMs?: number },
  work: () => Promise<T>,
): Promise<T> {
  const owner = randomUUID();
  const deadline = Date.now() + (options.waitMs ?? 0);
  while (
    !(await tryAcquire(db, { key: options.key, owner, ttlSeconds: options.ttlSeconds ?? 120 }))
  ) {
    if (Date.now() >= deadline) throw new RecordLockedError(`${options.key} is being synced`);
    await sleep(50 + Math.random() * 100);
  }
  try {
    return await work();
  } finally {
    await db.query(`DELETE FROM leases WHERE key = $1 AND owner = $2`, [options.key, owner]);
  }
}

async function tryAcquire(
  db: Db,
  { key, owner, ttlSeconds }: { key: string; owner: string; ttlSeconds: number },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO leases (key, owner, lease_until)
     VALUES ($1, $2, now() + make_interval(secs => $3::int))
     ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
       WHERE leases.lease_until < now()
     RETURNING owner`,
    [key, owner, ttlSeconds],
  );
  return rows.length === 1;
}
