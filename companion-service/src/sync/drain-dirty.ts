import { setTimeout as sleep } from 'node:timers/promises';

import type { Db } from '../store';
import { claimDirty, type DirtyKind, releaseClaim, unclaim } from './dirty-records';

/** Some records could not be handled yet (their order is still on its way): retry the job later. */
export class RecordsWaitingError extends Error {
  override readonly name = 'RecordsWaitingError';
  readonly retryable = true;
}

/** What a handler reports for one round; `waiting` ids were re-marked (put back) by it. */
export type RoundOutcome = { waiting?: number } | void;

/**
 * The one job body of every webhook-fed flow (stock, catalog, goods-out notes, order statuses):
 * wait so a burst coalesces, then claim, handle and release rounds of dirty ids until none are
 * left. Returns how many ids were handled.
 *
 * Give-back rule: when the handler throws, the round's ids are unclaimed (they stay dirty, and
 * any re-mark made meanwhile is kept) and the error is rethrown, so pg-boss's retry — or any
 * other job — finds them again. Deleting them would lose the work: a retry would "succeed" with
 * nothing to do. Ids the handler put back (re-marked) make the job fail after the drain, so
 * pg-boss retries it with backoff instead of spinning.
 */
export async function drainDirty(
  db: Db,
  input: {
    kind: DirtyKind;
    roundSize: number;
    coalesceMs: number;
    handle: (ids: number[]) => Promise<RoundOutcome>;
    /**
     * Called before every claim (after `coalesceMs`) with the size of the previous round (null
     * before the first): a flow that adapts its coalescing waits here (stock, ADR 0005).
     */
    beforeRound?: (previousRound: number | null) => Promise<void>;
  },
): Promise<{ handled: number }> {
  await sleep(input.coalesceMs);
  let waiting = 0;
  let previousRound: number | null = null;
  const seen = new Set<number>();
  for (;;) {
    await input.beforeRound?.(previousRound);
    const { claim, ids } = await claimDirty(db, { kind: input.kind, limit: input.roundSize });
    if (ids.length === 0) break;
    if (ids.some((id) => seen.has(id))) {
      // Ids this job already handled and put back: leave the whole round for the retry.
      await unclaim(db, claim);
      break;
    }
    ids.forEach((id) => seen.add(id));
    previousRound = ids.length;
    waiting += await handleRound(db, { claim, ids, handle: input.handle });
    // A large backlog is many rounds of quick queries; on the embedded store they can run back to
    // back without the event loop serving HTTP in between. Yield once per round.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (waiting > 0)
    throw new RecordsWaitingError(`${waiting} ${input.kind} record(s) wait for their order`);
  return { handled: seen.size };
}

async function handleRound(
  db: Db,
  input: { claim: string; ids: number[]; handle: (ids: number[]) => Promise<RoundOutcome> },
): Promise<number> {
  let outcome: RoundOutcome;
  try {
    outcome = await input.handle(input.ids);
  } catch (error) {
    await unclaim(db, input.claim);
    throw error;
  }
  await releaseClaim(db, input.claim);
  return outcome?.waiting ?? 0;
}
