import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Db } from '../store';

/** Another worker (maybe another instance) holds the record; retrying shortly will help. */
export class RecordLockedError extends Error {
  override readonly name = 'RecordLockedError';
  readonly retryable = true;
}

export interface LeaseOptions {
  key: string;
  ttlSeconds?: number;
  waitMs?: number;
  /**
   * Extend the lease every ttl/3 while `work` runs. For long jobs (sweeps): the TTL can stay
   * short, so a holder that crashed blocks the next run for one TTL only, while a live holder
   * keeps its lease however long it runs.
   */
  renew?: boolean;
}

/**
 * Per-record serialisation that works on PGlite and on a shared Postgres alike: a row in
 * `leases` with an expiry, so a crashed holder never blocks a record for longer than the TTL.
 * (Session advisory locks would pin a connection for the whole Brightpearl round trip.)
 */
export async function withLease<T>(
  db: Db,
  options: LeaseOptions,
  work: () => Promise<T>,
): Promise<T> {
  const outcome = await ifLeaseFree(db, options, work);
  if (!outcome.ran) throw new RecordLockedError(`${options.key} is being synced`);
  return outcome.value;
}

/** Like `withLease`, but a lease held elsewhere is an answer ("not run"), not an error. */
export async function ifLeaseFree<T>(
  db: Db,
  options: LeaseOptions,
  work: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const owner = randomUUID();
  const ttlSeconds = options.ttlSeconds ?? 120;
  const deadline = Date.now() + (options.waitMs ?? 0);
  while (!(await tryAcquire(db, { key: options.key, owner, ttlSeconds }))) {
    if (Date.now() >= deadline) return { ran: false };
    await sleep(50 + Math.random() * 100);
  }
  const renewal = options.renew ? keepRenewed(db, { key: options.key, owner, ttlSeconds }) : null;
  try {
    return { ran: true, value: await work() };
  } finally {
    if (renewal) clearInterval(renewal);
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

function keepRenewed(
  db: Db,
  { key, owner, ttlSeconds }: { key: string; owner: string; ttlSeconds: number },
): NodeJS.Timeout {
  const timer = setInterval(
    () => {
      // A failed renewal is retried at the next tick; the lease only lapses after a whole TTL.
      db.query(
        `UPDATE leases SET lease_until = now() + make_interval(secs => $3::int)
         WHERE key = $1 AND owner = $2`,
        [key, owner, ttlSeconds],
      ).catch(() => undefined);
    },
    Math.max(1000, (ttlSeconds * 1000) / 3),
  );
  timer.unref();
  return timer;
}
