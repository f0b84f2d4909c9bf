import type { Db } from '../../store';

/** The only SQL on `rejected_suggestions` (migration 024): pairings a person turned down. */

export async function rememberRejection(
  db: Db,
  input: { id: string; rejectedBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO rejected_suggestions (id, rejected_by) VALUES ($1, $2)
     ON CONFLICT (id) DO NOTHING`,
    [input.id, input.rejectedBy],
  );
}

export async function rejectedSuggestionIds(db: Db): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(`SELECT id FROM rejected_suggestions`);
  return new Set(rows.map((row) => row.id));
}
