import type { Db } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';

/** Kentico's modified times may commit late: each walk looks back this far (as for orders). */
export const CURSOR_OVERLAP_MS = 10 * 60_000;
const PAGE = 200;

export interface CursorWalk<Row> {
  /** installation_settings key holding the cursor (shared by every instance). */
  settingKey: string;
  /** One bridge page from `since` (inclusive), oldest first. */
  list: (since: string, limit: number) => Promise<{ rows: Row[]; next: string | null }>;
  instantOf: (row: Row) => string;
  /** Hands the page's settled rows to their flow; returns how many it enqueued. */
  handle: (rows: Row[]) => Promise<number>;
}

export interface WalkResult {
  checked: number;
  enqueued: number;
  /** Rows inside the grace period, left for a later walk. */
  deferred: number;
}

/**
 * Walks a bridge modifiedSince cursor like the order reconciliation does: from the stored cursor
 * minus the overlap (the go-live date at first), settled rows only (a row inside the grace period
 * may have its event accepted but not stored yet), and the cursor never passes an unsettled row.
 * The caller holds the reconcile lease, so one instance walks at a time; the cursor only moves
 * forward, so a late writer can never move it back.
 */
export async function walkModifiedCursor<Row>(
  deps: { db: Db; goLiveDate: string; graceSeconds: number },
  walk: CursorWalk<Row>,
): Promise<WalkResult> {
  const settledBefore = Date.now() - deps.graceSeconds * 1000;
  let cursor = await getOrCreateSetting(deps.db, {
    key: walk.settingKey,
    create: () => deps.goLiveDate,
  });
  let since: string | null = new Date(Date.parse(cursor) - CURSOR_OVERLAP_MS).toISOString();
  const result: WalkResult = { checked: 0, enqueued: 0, deferred: 0 };
  while (since !== null) {
    const page = await walk.list(since, PAGE);
    const settled = page.rows.filter((row) => Date.parse(walk.instantOf(row)) <= settledBefore);
    result.checked += settled.length;
    if (settled.length > 0) result.enqueued += await walk.handle(settled);
    const last = settled.at(-1);
    if (last && Date.parse(walk.instantOf(last)) > Date.parse(cursor))
      cursor = walk.instantOf(last);
    result.deferred += page.rows.length - settled.length;
    since = settled.length < page.rows.length ? null : page.next;
  }
  await saveCursor(deps.db, walk.settingKey, cursor);
  return result;
}

async function saveCursor(db: Db, key: string, cursor: string): Promise<void> {
  await db.query(
    // $2 is typed text throughout: the stored value must stay the ISO string the bridge printed.
    `UPDATE installation_settings SET value = $2::text, updated_at = now()
     WHERE key = $1 AND value::timestamptz < ($2::text)::timestamptz`,
    [key, cursor],
  );
}
