import { setTimeout as sleep } from 'node:timers/promises';

import type { Db } from '../store';
import { claimDirty, type DirtyKind, releaseClaim, unclaim } from './dirty-records';

/** Some records could not be handled yet (their order is still on its way): retry the job later. */
export class RecordsWaitingError extends Error {
  override readonly name = 'RecordsWaitingError';
  readonly retryable = true;
}

/**
 * The common job body of webhook-fed flows: wait so a burst coalesces, then claim, handle and
 * release rounds of dirty ids until none are left. Ids the handler put back (re-marked) make the
 * job fail after the drain, so pg-boss retries it with backoff instead of spinning.
 */
export async function drainDirty(
  db: Db,
  input: {
    kind: DirtyKind;
    roundSize: number;
    coalesceMs: number;
    handle: (ids: number[]) => Promise<{ waiting: number }>;
  },
): Promise<void> {
  await sleep(input.coalesceMs);
  let waiting = 0;
  const seen = new Set<number>();
  for (;;) {
    const { claim, ids } = await claimDirty(db, { kind: input.kind, limit: input.roundSize });
    if (ids.length === 0) break;
    if (ids.some((id) => seen.has(id))) {
      // Ids this job already handled and put back: leave the whole round for the retry.
      await unclaim(db, claim);
      break;
    }
    ids.forEach((id) => seen.add(id));
    try {
      waiting += (await input.handle(ids)).waiting;
    } finally {
      await releaseClaim(db, claim);
    }
  }
  if (waiting > 0)
    throw new RecordsWaitingError(`${waiting} ${input.kind} record(s) wait for their order`);
}
