import type { DiscardResult, ReplayAllRequest, ReplayResult } from '@bpkc/shared-types';

import type { Db } from '../store';
import { writeAudit } from './audit-log';
import { ConflictError } from './errors';
import { REPLAYABLE_FLOWS } from './replay-flows';
import {
  type Deps,
  describe,
  type Letter,
  lockOpenLetter,
  notReplayable,
  replayOne,
  resolve,
} from './replay-one';

/** Open failures one "replay all" handles; the answer says how many are left for the next call. */
export const REPLAY_BATCH = 500;
const OPEN_OF_REASON = `resolved_at IS NULL AND reason = $1 AND ($2::text IS NULL OR flow = $2)`;

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
    const filter = [input.reason, input.flow ?? null, REPLAYABLE_FLOWS];
    const letters = await tx.query<Letter>(
      `SELECT id, flow, record_key, reason FROM dead_letters WHERE ${OPEN_OF_REASON}
       AND flow = ANY($3::text[]) ORDER BY id LIMIT $4 FOR UPDATE`,
      [...filter, REPLAY_BATCH + 1],
    );
    const notReplayable = await tx.query<Letter>(
      `SELECT id, flow FROM dead_letters WHERE ${OPEN_OF_REASON}
       AND NOT flow = ANY($3::text[]) ORDER BY id LIMIT 100`,
      filter,
    );
    const result: ReplayResult = { replayed: [], skipped: [], remaining: 0 };
    for (const letter of letters.slice(0, REPLAY_BATCH)) {
      const outcome = await replayOne(tx, { ...deps, letter, actor: input.actor, bulk: true });
      if ('skipped' in outcome) result.skipped.push(outcome.skipped);
      else result.replayed.push(outcome.replayed);
    }
    result.skipped.push(...notReplayable.map(notReplayableOutcome));
    if (letters.length > REPLAY_BATCH) result.remaining = await countAfter(tx, filter, letters);
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
    await resolve(tx, letter.id);
    await writeAudit(tx, {
      actor: input.actor,
      action: 'failure.discard',
      target: `failure:${letter.id}`,
      details: { ...describe(letter), comment: input.comment },
    });
    return { id: letter.id, discarded: true };
  });
}

async function countAfter(tx: Db, filter: unknown[], letters: Letter[]): Promise<number> {
  const [row] = await tx.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM dead_letters WHERE ${OPEN_OF_REASON}
     AND flow = ANY($3::text[]) AND id > $4`,
    [...filter, letters[REPLAY_BATCH - 1]!.id],
  );
  return Number(row?.n ?? 0);
}

function notReplayableOutcome(
  letter: Pick<Letter, 'id' | 'flow'>,
): ReplayResult['skipped'][number] {
  return { id: Number(letter.id), flow: letter.flow, why: notReplayable(letter.flow) };
}
