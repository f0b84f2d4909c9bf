import type { DiscardResult, ReplayAllRequest, ReplayResult } from '@bpkc/shared-types';

import { writeAudit } from '../audit/audit-log';
import {
  countReplayableAfter,
  lockReplayableLetters,
  type ReasonFilter,
  resolveLetter,
  unreplayableLetters,
} from '../dead-letters/dead-letter-actions';
import { REPLAYABLE_FLOWS } from '../sync/replay-registry';
import { ConflictError } from './errors';
import { type Deps, describe, lockOpenLetter, notReplayable, replayOne } from './replay-one';

/** Open failures one "replay all" handles; the answer says how many are left for the next call. */
export const REPLAY_BATCH = 500;

/** Replays one open failure: re-opens its record, enqueues its job, resolves it, audits it. */
export async function replayFailure(
  deps: Deps,
  input: { id: number; actor: string },
): Promise<ReplayResult> {
  return deps.db.transaction(async (tx) => {
    const letter = await lockOpenLetter(tx, input.id);
    const outcome = await replayOne(tx, { ...deps, letter, actor: input.actor, bulk: false });
    if ('skipped' in outcome) throw new ConflictError(outcome.skipped.why);
    return { replayed: [outcome.replayed], skipped: [], remaining: 0 };
  });
}

/**
 * Replays up to REPLAY_BATCH open failures of one reason (replayable flows only; the others
 * are listed as skipped and stay open) in one transaction. `remaining` > 0: call again.
 */
export async function replayAllOfReason(
  deps: Deps,
  input: ReplayAllRequest & { actor: string },
): Promise<ReplayResult> {
  return deps.db.transaction(async (tx) => {
    const filter: ReasonFilter = {
      reason: input.reason,
      flow: input.flow ?? null,
      replayable: REPLAYABLE_FLOWS,
    };
    const letters = await lockReplayableLetters(tx, { ...filter, limit: REPLAY_BATCH + 1 });
    const others = await unreplayableLetters(tx, filter);
    const result: ReplayResult = { replayed: [], skipped: [], remaining: 0 };
    for (const letter of letters.slice(0, REPLAY_BATCH)) {
      const outcome = await replayOne(tx, { ...deps, letter, actor: input.actor, bulk: true });
      if ('skipped' in outcome) result.skipped.push(outcome.skipped);
      else result.replayed.push(outcome.replayed);
    }
    result.skipped.push(
      ...others.map((letter) => ({ ...letter, why: notReplayable(letter.flow) })),
    );
    if (letters.length > REPLAY_BATCH) {
      const afterId = letters[REPLAY_BATCH - 1]!.id;
      result.remaining = await countReplayableAfter(tx, { ...filter, afterId });
    }
    return result;
  });
}

/** Closes one open failure without replaying it; the comment says why. */
export async function discardFailure(
  deps: Deps,
  input: { id: number; actor: string; comment: string },
): Promise<DiscardResult> {
  return deps.db.transaction(async (tx) => {
    const letter = await lockOpenLetter(tx, input.id);
    await resolveLetter(tx, letter.id);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'failure.discard',
      target: `failure:${letter.id}`,
      details: { ...describe(letter), comment: input.comment },
    });
    return { id: letter.id, discarded: true };
  });
}
