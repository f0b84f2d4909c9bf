import type { Db } from '../store';

/** Open failures (not yet resolved) per flow and reason: the open-failures gauge. */
export async function countOpenFailuresByFlowAndReason(
  db: Db,
): Promise<Array<{ flow: string; reason: string; count: number }>> {
  const rows = await db.query<{ flow: string; reason: string; n: number | string }>(
    `SELECT flow, reason, count(*) AS n FROM dead_letters WHERE resolved_at IS NULL
     GROUP BY flow, reason ORDER BY flow, reason`,
  );
  return rows.map((row) => ({ flow: row.flow, reason: row.reason, count: Number(row.n) }));
}
