import type { Db } from './db';

/**
 * Work to do once a transaction has really committed (e.g. wake a worker for a job that was
 * enqueued inside it: before COMMIT the job is invisible, so waking earlier finds nothing).
 */
const pending = new WeakMap<Db, Array<() => void>>();

/** Called by the stores when a transaction handle is opened. */
export function trackTransaction(tx: Db): void {
  pending.set(tx, []);
}

/** Called by the stores after COMMIT (run = true) or ROLLBACK (run = false). */
export function settleTransaction(tx: Db, run: boolean): void {
  const hooks = pending.get(tx) ?? [];
  pending.delete(tx);
  if (run) for (const hook of hooks) hook();
}

/**
 * Runs `hook` after `db`'s transaction commits; at once when `db` is not an open transaction
 * (autocommit: the write is already visible). Never runs after a rollback.
 */
export function afterCommit(db: Db | undefined, hook: () => void): void {
  const hooks = db ? pending.get(db) : undefined;
  if (hooks) hooks.push(hook);
  else hook();
}
