import type { KenticoOrder, ModifiedOrdersPage, ModifiedOrdersQuery } from '@bpkc/shared-types';

const instant = (iso: string): number => Date.parse(iso);

/**
 * One page of the reconciliation cursor: orders with OrderModifiedWhen >= modifiedSince, ordered
 * by (OrderModifiedWhen, OrderID). Timestamps are compared as instants, not strings, because
 * callers may send another offset than the one we print.
 */
export function modifiedOrdersPage(
  orders: readonly KenticoOrder[],
  query: ModifiedOrdersQuery,
): ModifiedOrdersPage {
  const since = instant(query.modifiedSince);
  const matching = orders
    .filter((order) => instant(order.OrderModifiedWhen) >= since)
    .sort(
      (a, b) =>
        instant(a.OrderModifiedWhen) - instant(b.OrderModifiedWhen) || a.OrderID - b.OrderID,
    );
  const page = matching.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    orders: page.map(({ OrderGUID, OrderModifiedWhen }) => ({ OrderGUID, OrderModifiedWhen })),
    // Inclusive cursor: the next page starts at the last instant shown, so it repeats that order.
    nextModifiedSince: matching.length > page.length && last ? last.OrderModifiedWhen : null,
  };
}
