import type { DeadLetter, DeadLetterReason } from '@bpkc/shared-types';

import type { Db } from '../store';

export interface NewDeadLetter {
  flow: string;
  recordKey: string;
  reason: DeadLetterReason;
  message: string;
  payload: unknown;
}

/** The dead-letter list: every record a flow could not sync, with why, replayable later. */
export async function recordDeadLetter(db: Db, letter: NewDeadLetter): Promise<void> {
  await db.query(
    `INSERT INTO dead_letters (flow, record_key, reason, message, payload)
     VALUES ($1, $2, $3, $4, $5::jsonb)`,
    [
      letter.flow,
      letter.recordKey,
      letter.reason,
      letter.message,
      JSON.stringify(letter.payload ?? null),
    ],
  );
}

export async function listOpenDeadLetters(db: Db, flow?: string): Promise<DeadLetter[]> {
  const rows = await db.query<{
    id: string | number;
    flow: string;
    record_key: string;
    reason: DeadLetterReason;
    message: string;
    payload: unknown;
    created_at: Date | string;
  }>(
    `SELECT id, flow, record_key, reason, message, payload, created_at FROM dead_letters
     WHERE resolved_at IS NULL AND ($1::text IS NULL OR flow = $1) ORDER BY id`,
    [flow ?? null],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    flow: row.flow,
    recordKey: row.record_key,
    reason: row.reason,
    message: row.message,
    payload: row.payload,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

export async function countOpenDeadLettersByReason(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<{ reason: string; n: string | number }>(
    `SELECT reason, count(*) AS n FROM dead_letters WHERE resolved_at IS NULL GROUP BY reason`,
  );
  return Object.fromEntries(rows.map((row) => [row.reason, Number(row.n)]));
}

/** A later successful sync resolves the record's open dead letters automatically. */
export async function resolveDeadLetters(db: Db, flow: string, recordKey: string): Promise<void> {
  await db.query(
    `UPDATE dead_letters SET resolved_at = now()
     WHERE flow = $1 AND record_key = $2 AND resolved_at IS NULL`,
    [flow, recordKey],
  );
}
