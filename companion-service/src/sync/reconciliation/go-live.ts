import type { Db } from '../../store';

/**
 * A go-live date saved in the settings after the sweeps started: the walks' cursors move up to
 * it, so orders (refunds, customers) modified before it are never reconciled. A date earlier than
 * a cursor leaves the cursor alone: what was walked is not walked again.
 */
export async function raiseCursorsToGoLive(
  db: Db,
  input: { keys: readonly string[]; goLiveDate: string },
): Promise<void> {
  const goLive = Date.parse(input.goLiveDate);
  const rows = await db.query<{ key: string; value: string }>(
    `SELECT key, value FROM installation_settings WHERE key = ANY($1::text[])`,
    [[...input.keys]],
  );
  for (const row of rows) {
    const cursor = Date.parse(row.value);
    if (Number.isNaN(cursor) || cursor >= goLive) continue;
    // Only if unchanged: a sweep that moved the cursor meanwhile is not set back.
    await db.query(
      `UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1 AND value = $3`,
      [row.key, input.goLiveDate, row.value],
    );
  }
}
