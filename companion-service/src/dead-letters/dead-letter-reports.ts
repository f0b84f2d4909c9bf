import type { DeadLetterReason } from '@bpkc/shared-types';

import type { Db } from '../store';

/** Reads of the dead-letter list for the admin's failure screens and timelines (ADR 0012). */

export interface DeadLetterRow {
  id: number | string;
  flow: string;
  record_key: string;
  reason: DeadLetterReason;
  message: string;
  payload: unknown;
  created_at: Date | string;
  resolved_at: Date | string | null;
}

const COLUMNS = `id, flow, record_key, reason, message, payload, created_at, resolved_at`;
/** $1 reason, $2 flow: either may be null (any). */
const OPEN = `WHERE resolved_at IS NULL AND ($1::text IS NULL OR reason = $1)
  AND ($2::text IS NULL OR flow = $2)`;

export interface OpenLetterQuery {
  reason: string | null;
  flow: string | null;
  limit: number;
  offset: number;
}

/** One page of open dead letters, oldest first, and how many are open in all. */
export async function listOpenLetters(
  db: Db,
  query: OpenLetterQuery,
): Promise<{ rows: DeadLetterRow[]; total: number }> {
  const filters = [query.reason, query.flow];
  const rows = await db.query<DeadLetterRow>(
    `SELECT ${COLUMNS} FROM dead_letters ${OPEN} ORDER BY id LIMIT $3 OFFSET $4`,
    [...filters, query.limit, query.offset],
  );
  const [count] = await db.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM dead_letters ${OPEN}`,
    filters,
  );
  return { rows, total: Number(count?.n ?? 0) };
}

/** One dead letter, open or resolved. */
export async function readLetter(db: Db, id: number): Promise<DeadLetterRow | undefined> {
  const [row] = await db.query<DeadLetterRow>(`SELECT ${COLUMNS} FROM dead_letters WHERE id = $1`, [
    id,
  ]);
  return row;
}

/** Open dead letters per reason, the largest group first. */
export async function countOpenByReason(
  db: Db,
): Promise<Array<{ reason: DeadLetterReason; count: number }>> {
  const rows = await db.query<{ reason: DeadLetterReason; n: number | string }>(
    `SELECT reason, count(*) AS n FROM dead_letters WHERE resolved_at IS NULL
     GROUP BY reason ORDER BY count(*) DESC, reason`,
  );
  return rows.map((row) => ({ reason: row.reason, count: Number(row.n) }));
}

/** Every dead letter of one record (any flow), oldest first, for its timeline. */
export async function lettersOfRecord(db: Db, recordKey: string): Promise<DeadLetterRow[]> {
  return db.query<DeadLetterRow>(
    `SELECT ${COLUMNS} FROM dead_letters WHERE record_key = $1 ORDER BY created_at, id`,
    [recordKey],
  );
}
