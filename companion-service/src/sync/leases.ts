import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Db } from '../store';
import { HeldLease, type LeaseHandle } from './held-lease';

export type { LeaseHandle } from './held-lease';

/**
 * Short, and renewed every third of it while the work runs (ADR 0016): a live holder keeps its
 * lease however long it works, a crashed one blocks the record for 10 s at most.
 */
export const DEFAULT_LEASE_TTL_SECONDS = 10;

/** Another worker (maybe another instance) holds the record; retrying shortly will help. */
export class RecordLockedError extends Error {
  override readonly name = 'RecordLockedError';
  readonly retryable = true;
}

/**
 * This worker's lease may have lapsed (renewals failed, or another worker took the record): it
 * must not act as the holder. A retry re-reads the record under a fresh lease.
 */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
  readonly retryable = true;
}

export interface LeaseOptions {
  key: string;
  ttlSeconds?: number;
  waitMs?: number;
  /** @deprecated Every lease is renewed while its work runs; kept for existing callers. */
  renew?: boolean;
}

/** The leases held by the current async context, innermost last (an order, then its contact). */
const heldHere = new AsyncLocalStorage<readonly HeldLease[]>();

/**
 * Throws `LeaseLostError` if any lease the caller runs under may have lapsed. Called right
 * before an irreversible step (a create in Brightpearl): a worker whose lease lapsed while it
 * stalled must not create what the new holder may be creating too (ADR 0002's marker only
 * helps an attempt that reads it after the other one wrote it).
 */
export function assertLeasesHeld(): void {
  const lost = (heldHere.getStore() ?? []).find((lease) => !lease.stillHeld());
  if (lost) throw new LeaseLostError(`lease on ${lost.key} lapsed before the write`);
}

/**
 * Per-record serialisation that works on PGlite and on a shared Postgres alike: a row in
 * `leases` with an expiry, so a crashed holder never blocks a record for longer than the TTL.
 * (Session advisory locks would pin a connection for the whole Brightpearl round trip.)
 */
export async function withLease<T>(
  db: Db,
  options: LeaseOptions,
  work: (lease: LeaseHandle) => Promise<T>,
): Promise<T> {
  const outcome = await ifLeaseFree(db, options, work);
  if (!outcome.ran) throw new RecordLockedError(`${options.key} is being synced`);
  return outcome.value;
}

/** Like `withLease`, but a lease held elsewhere is an answer ("not run"), not an error. */
export async function ifLeaseFree<T>(
  db: Db,
  options: LeaseOptions,
  work: (lease: LeaseHandle) => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_LEASE_TTL_SECONDS;
  const lease = new HeldLease(db, { key: options.key, owner: randomUUID(), ttlSeconds });
  const deadline = Date.now() + (options.waitMs ?? 0);
  while (!(await lease.tryAcquire())) {
    if (Date.now() >= deadline) return { ran: false };
    await sleep(50 + Math.random() * 100);
  }
  lease.keepRenewed();
  try {
    const outer = heldHere.getStore() ?? [];
    return { ran: true, value: await heldHere.run([...outer, lease], () => work(lease)) };
  } finally {
    await lease.release();
  }
}

/**
 * PGlite at start-up: the store belongs to this one process, so every lease in it was left by
 * a run that died (queue/boss-setup.ts). Never call this on a shared Postgres.
 */
export async function releaseAllLeases(db: Db): Promise<void> {
  await db.query(`DELETE FROM leases`);
}
