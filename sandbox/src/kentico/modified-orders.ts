import type { KenticoOrder, ModifiedOrdersPage, ModifiedOrdersQuery } from '@bpkc/shared-types';

const instant = (order: KenticoOrder): number => Date.parse(order.OrderModifiedWhen);

/**
 * Where the page ends. Normally after `limit` orders; but if the whole page shares the cursor's
 * instant, an inclusive cursor could never move past it, so the page runs on to the end of that
 * instant (the only case where a page is longer than `limit`).
 */
function pageEnd(matching: readonly KenticoOrder[], limit: number, since: number): number {
  let end = Math.min(limit, matching.length);
  const last = matching[end - 1];
  if (end === matching.length || !last || instant(last) !== since) return end;
  while (matching[end] && instant(matching[end] as KenticoOrder) === since) end += 1;
  return end;
}

/**
 * One page of the reconciliation cursor: orders with OrderModifiedWhen >= modifiedSince, ordered
 * by (OrderModifiedWhen, OrderID). Timestamps are compared as instants, not strings, because
 * callers may send another offset than the one we print.
 */
export function modifiedOrdersPage(
  orders: readonly KenticoOrder[],
  query: ModifiedOrdersQuery,
): ModifiedOrdersPage {
  const since = Date.parse(query.modifiedSince);
  const matching = orders
    .filter((order) => instant(order) >= since)
    .sort((a, b) => instant(a) - instant(b) || a.OrderID - b.OrderID);
  const end = pageEnd(matching, query.limit, since);
  const page = matching.slice(0, end);
  const last = page[page.length - 1];
  const next = matching[end];
  // Inclusive cursor: the next page restarts at the last instant shown (overlapping it), unless
  // that instant is the cursor itself, in which case it was shown in full and we move on.
  const cursor = last && instant(last) !== since ? last : next;
  return {
    orders: page.map(({ OrderGUID, OrderModifiedWhen }) => ({ OrderGUID, OrderModifiedWhen })),
    nextModifiedSince: next && cursor ? cursor.OrderModifiedWhen : null,
  };
}
