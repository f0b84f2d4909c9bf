import type { ModifiedSinceQuery } from '@bpkc/shared-types';

/** A row as a modifiedSince cursor sees it: its instant (ISO, any offset) and a tie-breaking id. */
export interface CursorKey {
  instant: string;
  id: number;
}

/**
 * One page of a modifiedSince cursor, paged exactly like modified-orders.ts (which documents the
 * rules): rows with instant >= modifiedSince ordered by (instant, id); a page sitting wholly on
 * the cursor's instant runs on to that instant's end; the next cursor overlaps the last instant.
 */
export function cursorPage<T>(
  rows: readonly T[],
  keyOf: (row: T) => CursorKey,
  query: ModifiedSinceQuery,
): { page: T[]; nextModifiedSince: string | null } {
  const since = Date.parse(query.modifiedSince);
  const at = (row: T) => Date.parse(keyOf(row).instant);
  const matching = rows
    .filter((row) => at(row) >= since)
    .sort((a, b) => at(a) - at(b) || keyOf(a).id - keyOf(b).id);
  let end = Math.min(query.limit, matching.length);
  const lastShown = matching[end - 1];
  if (end < matching.length && lastShown && at(lastShown) === since) {
    while (matching[end] !== undefined && at(matching[end] as T) === since) end += 1;
  }
  const page = matching.slice(0, end);
  const last = page.at(-1);
  const next = matching[end];
  const cursor = last !== undefined && at(last) !== since ? last : next;
  return {
    page,
    nextModifiedSince: next !== undefined && cursor !== undefined ? keyOf(cursor).instant : null,
  };
}
