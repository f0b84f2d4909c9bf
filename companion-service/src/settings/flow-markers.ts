import type { Db } from '../store';
import type { FlowName } from './flow-switches';

/**
 * "This flow skipped work while switched off" markers, in installation_settings under their own
 * keys. The value is the earliest enqueue instant of a skipped job (ISO, UTC): every event stored
 * at or after it may have been skipped, so the catch-up replays from there.
 */
const PREFIX = 'flow-off-since:';

/** Remembers a skipped job; keeps the earliest instant when several instances skip at once. */
export async function markFlowSkipped(db: Db, flow: FlowName, since: Date): Promise<void> {
  await db.query(
    `INSERT INTO installation_settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
     WHERE EXCLUDED.value < installation_settings.value`,
    [PREFIX + flow, since.toISOString()],
  );
}

/** Every flow with skipped work, and since when. */
export async function readFlowMarkers(db: Db): Promise<Map<FlowName, string>> {
  const rows = await db.query<{ key: string; value: string }>(
    `SELECT key, value FROM installation_settings WHERE key LIKE $1`,
    [`${PREFIX}%`],
  );
  return new Map(rows.map((row) => [row.key.slice(PREFIX.length) as FlowName, row.value]));
}

/**
 * Clears a marker once its catch-up ran, unless a job skipped meanwhile moved it earlier (then
 * the next catch-up replays from there): compare-and-delete, so no skip is forgotten.
 */
export async function clearFlowMarker(db: Db, flow: FlowName, value: string): Promise<void> {
  await db.query(`DELETE FROM installation_settings WHERE key = $1 AND value = $2`, [
    PREFIX + flow,
    value,
  ]);
}
