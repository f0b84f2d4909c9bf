import type { Db } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';

const CURSOR_KEY = 'brightpearl-contacts-cursor';

/**
 * How far behind the newest updatedOn seen the next sweep starts. Brightpearl stamps updatedOn
 * when it writes, so a contact committed a moment after a later one can carry the earlier time;
 * the overlap catches it. What the overlap brings back again is skipped per customer by the
 * updatedOn it last read (customer_sync.contact_updated_on): read once per change, not per sweep.
 */
export const CONTACTS_OVERLAP_MS = 60_000;

/**
 * The contact sweep's watermark: the newest contact updatedOn a sweep has worked through, in
 * Brightpearl's own clock (so the companion's clock cannot skew it). Stored, not in memory: any
 * instance may run the next sweep (the sweep runs once per cluster, sync/scheduled-job.ts).
 */
export async function contactsSearchFrom(db: Db, now: Date): Promise<string> {
  // A first sweep starts now: contacts changed before the companion existed are not its business.
  const watermark = await getOrCreateSetting(db, {
    key: CURSOR_KEY,
    create: () => now.toISOString(),
  });
  return new Date(Date.parse(watermark) - CONTACTS_OVERLAP_MS).toISOString();
}

/** Moves the watermark forward only: a sweep that found older rows never moves it back. */
export async function advanceContactsWatermark(db: Db, newest: string): Promise<void> {
  const rows = await db.query<{ value: string }>(
    `SELECT value FROM installation_settings WHERE key = $1`,
    [CURSOR_KEY],
  );
  const current = rows[0] ? Date.parse(rows[0].value) : Number.NEGATIVE_INFINITY;
  if (!(Date.parse(newest) > current)) return;
  await db.query(`UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1`, [
    CURSOR_KEY,
    new Date(Date.parse(newest)).toISOString(),
  ]);
}
