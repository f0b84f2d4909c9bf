import type { ReplayResult } from '@bpkc/shared-types';
import { z } from 'zod';

import { writeAudit } from '../audit/audit-log';
import { lockLetter, type OpenLetter, resolveLetter } from '../dead-letters/dead-letter-actions';
import type { JobQueue } from '../queue';
import type { Db } from '../store';
import { NotReplayableError, replayerFor } from '../sync/replay-registry';
import { ConflictError, NotFoundError } from './errors';

export interface Deps {
  db: Db;
  queue: JobQueue;
}
export type Letter = OpenLetter;
export type Outcome =
  { replayed: ReplayResult['replayed'][number] } | { skipped: ReplayResult['skipped'][number] };

const RecordGuid = z.guid();

/** Replays one locked, open failure: its flow's replayer, then resolve + audit (same tx). */
export async function replayOne(
  tx: Db,
  input: Deps & { letter: Letter; actor: string; bulk: boolean },
): Promise<Outcome> {
  const { letter } = input;
  const replayer = replayerFor(letter.flow);
  const why = !replayer
    ? notReplayable(letter.flow)
    : !RecordGuid.safeParse(letter.record_key).success
      ? `record key '${letter.record_key}' is not a GUID`
      : null;
  if (why || !replayer) return { skipped: { id: letter.id, flow: letter.flow, why: why ?? '' } };
  let jobId: string | null;
  try {
    jobId = await replayer(tx, input.queue, letter.record_key);
  } catch (error) {
    if (!(error instanceof NotReplayableError)) throw error;
    return { skipped: { id: letter.id, flow: letter.flow, why: error.message } };
  }
  await resolveLetter(tx, letter.id);
  await writeAudit(tx, {
    actor: input.actor,
    action: 'failure.replay',
    target: `failure:${letter.id}`,
    details: { ...describe(letter), jobId, bulk: input.bulk },
  });
  return { replayed: { id: letter.id, flow: letter.flow, recordKey: letter.record_key, jobId } };
}

export async function lockOpenLetter(tx: Db, id: number): Promise<Letter> {
  const letter = await lockLetter(tx, id);
  if (!letter) throw new NotFoundError(`failure ${id} not found`);
  if (letter.resolved) throw new ConflictError(`failure ${id} is already resolved`);
  return { id: letter.id, flow: letter.flow, record_key: letter.record_key, reason: letter.reason };
}

export function notReplayable(flow: string): string {
  return `failures of flow '${flow}' are not replayable`;
}

export function describe(letter: Letter): Record<string, unknown> {
  return { flow: letter.flow, recordKey: letter.record_key, reason: letter.reason };
}
