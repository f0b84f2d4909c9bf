import { z } from 'zod';

import { messageOf, PermanentError } from '../../dead-letters/permanent-error';
import { KenticoNotFoundError } from '../../kentico';
import type { DeadLetterHook } from '../../queue';
import type { Db } from '../../store';
import { NotReplayableError, type Replayer } from '../replay';

/**
 * The dead-letter flow of a Brightpearl sales credit that Kentico refused for good. Its record
 * key is the Kentico order (a credit has no GUID of its own): the Failures list shows the
 * order, and a replay re-opens the order's refused credits.
 */
export const CREDIT_FLOW = 'brightpearl-credit';

const CreditFailure = z.object({ creditId: z.number().int().positive(), orderGuid: z.guid() });
type CreditFailure = z.infer<typeof CreditFailure>;

/** The failure of one credit: its own reason when the error names one, else `refused`. */
export function creditRefusal(error: unknown, credit: CreditFailure): PermanentError {
  const reason =
    error instanceof PermanentError
      ? error.reason
      : error instanceof KenticoNotFoundError
        ? 'order-not-found'
        : 'refused';
  return new PermanentError(
    reason,
    `Brightpearl sales credit ${credit.creditId} could not be recorded in Kentico: ${messageOf(error)}`,
    { flow: CREDIT_FLOW, recordKey: credit.orderGuid, payload: credit, cause: error },
  );
}

/**
 * Marks the credit dead-lettered in its dead letter's transaction, so no sweep records it or
 * dead-letters it again. False (no second letter) when it is already marked or was recorded.
 */
export async function markCreditDeadLettered(db: Db, credit: CreditFailure): Promise<boolean> {
  const marked = await db.query(
    `INSERT INTO credits_from_brightpearl (brightpearl_credit_id, order_guid, refund_guid, state)
     VALUES ($1, $2, NULL, 'dead-lettered')
     ON CONFLICT (brightpearl_credit_id) DO UPDATE SET state = 'dead-lettered'
       WHERE credits_from_brightpearl.state = 'replay'
     RETURNING brightpearl_credit_id`,
    [credit.creditId, credit.orderGuid],
  );
  return marked.length > 0;
}

/** Credits a replay asked the sweep to record again, with their Kentico order. */
export async function creditsToReplay(db: Db): Promise<Map<number, string>> {
  const rows = await db.query<{ brightpearl_credit_id: number | string; order_guid: string }>(
    `SELECT brightpearl_credit_id, order_guid::text AS order_guid FROM credits_from_brightpearl
     WHERE state = 'replay' ORDER BY brightpearl_credit_id LIMIT 100`,
  );
  return new Map(rows.map((row) => [Number(row.brightpearl_credit_id), row.order_guid]));
}

/** Sweeps and per-queue hooks share the lifecycle-sweep queue: only credit letters are ours. */
export const CREDIT_DEAD_LETTERS: DeadLetterHook = {
  onDeadLetter: async (tx, letter) => {
    if (letter.flow !== CREDIT_FLOW) return true;
    const credit = CreditFailure.safeParse(letter.payload);
    return credit.success ? markCreditDeadLettered(tx, credit.data) : true;
  },
};

/**
 * A replay after the fix (in Kentico, or the mapping): the order's refused credits are marked
 * for the next credits sweep, which reads them by id and records them (no job of their own).
 */
export const replayRefusedCredits: Replayer = async (tx, _queue, orderGuid) => {
  const reopened = await tx.query(
    `UPDATE credits_from_brightpearl SET state = 'replay'
     WHERE order_guid = $1 AND state = 'dead-lettered' RETURNING brightpearl_credit_id`,
    [orderGuid],
  );
  if (reopened.length === 0)
    throw new NotReplayableError('no refused Brightpearl credit of this order is waiting');
  return null;
};
