import type { Db } from '../store';

/**
 * What an operator does to the dead-letter list (replay, discard), on the caller's transaction:
 * each open letter is locked while its replay is enqueued and it is resolved (ADR 0012).
 */

export interface OpenLetter {
  id: number;
  flow: string;
  record_key: string;
  reason: string;
}

/** Locks one letter; undefined: no such letter. `resolved` says whether it is closed already. */
export async function lockLetter(
  tx: Db,
  id: number,
): Promise<(OpenLetter & { resolved: boolean }) | undefined> {
  const [row] = await tx.query<OpenLetter & { resolved_at: unknown }>(
    `SELECT id, flow, record_key, reason, resolved_at FROM dead_letters WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) return undefined;
  const { resolved_at: resolvedAt, ...letter } = row;
  return { ...letter, id: Number(row.id), resolved: resolvedAt !== null };
}

export async function resolveLetter(tx: Db, id: number): Promise<void> {
  await tx.query(`UPDATE dead_letters SET resolved_at = now() WHERE id = $1`, [id]);
}

export interface ReasonFilter {
  reason: string;
  /** null: every flow. */
  flow: string | null;
  /** The flows that can be replayed. */
  replayable: readonly string[];
}

const OPEN_OF_REASON = `resolved_at IS NULL AND reason = $1 AND ($2::text IS NULL OR flow = $2)`;

/** Locks up to `limit` open letters of the reason in replayable flows, oldest first. */
export async function lockReplayableLetters(
  tx: Db,
  input: ReasonFilter & { limit: number },
): Promise<OpenLetter[]> {
  const rows = await tx.query<OpenLetter>(
    `SELECT id, flow, record_key, reason FROM dead_letters WHERE ${OPEN_OF_REASON}
     AND flow = ANY($3::text[]) ORDER BY id LIMIT $4 FOR UPDATE`,
    [input.reason, input.flow, [...input.replayable], input.limit],
  );
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

/** Up to 100 open letters of the reason in flows that cannot be replayed. */
export async function unreplayableLetters(
  tx: Db,
  input: ReasonFilter,
): Promise<Array<{ id: number; flow: string }>> {
  const rows = await tx.query<{ id: number | string; flow: string }>(
    `SELECT id, flow FROM dead_letters WHERE ${OPEN_OF_REASON}
     AND NOT flow = ANY($3::text[]) ORDER BY id LIMIT 100`,
    [input.reason, input.flow, [...input.replayable]],
  );
  return rows.map((row) => ({ id: Number(row.id), flow: row.flow }));
}

/** Open replayable letters of the reason after `afterId` (what the next "replay all" takes). */
export async function countReplayableAfter(
  tx: Db,
  input: ReasonFilter & { afterId: number },
): Promise<number> {
  const [row] = await tx.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM dead_letters WHERE ${OPEN_OF_REASON}
     AND flow = ANY($3::text[]) AND id > $4`,
    [input.reason, input.flow, [...input.replayable], input.afterId],
  );
  return Number(row?.n ?? 0);
}
