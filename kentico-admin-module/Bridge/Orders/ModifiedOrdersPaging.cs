// Plain .NET; a line-by-line port of sandbox/src/kentico/modified-orders.ts (the simulator the companion is
// tested against), so both sides page the reconciliation cursor identically.
using BrightpearlConnect.Admin.Contracts;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>An order as the cursor sees it: instant at millisecond precision (see WireTime), then OrderID.</summary>
internal sealed record CursorRow(int OrderID, Guid OrderGUID, DateTimeOffset Instant);

/// <summary>
/// One page of GET /orders?modifiedSince=: orders with OrderModifiedWhen >= modifiedSince, ordered by
/// (OrderModifiedWhen, OrderID). The cursor is inclusive, so a page normally ends after `limit` orders and the next
/// restarts at the last instant shown; but when the whole page shares the cursor's instant the cursor could never
/// move past it, so that page runs on to the end of the instant (the only page longer than `limit`).
/// </summary>
internal static class ModifiedOrdersPaging
{
    /// <param name="rows">A prefix of all matching orders, sorted, long enough for this page and one more.</param>
    public static ModifiedOrdersPage Page(IReadOnlyList<CursorRow> rows, DateTimeOffset since, int limit)
    {
        var end = PageEnd(rows, since, limit);
        var page = rows.Take(end).ToList();
        var last = page.LastOrDefault();
        var next = end < rows.Count ? rows[end] : null;
        // Restart at the last instant shown (overlapping it), unless that instant is the cursor itself, in which
        // case it was shown in full and the next one follows.
        var cursor = last is not null && last.Instant != since ? last : next;
        return new ModifiedOrdersPage
        {
            Orders = page
                .Select(row => new ModifiedOrdersPageOrder { OrderGUID = row.OrderGUID, OrderModifiedWhen = row.Instant })
                .ToList(),
            NextModifiedSince = next is not null && cursor is not null ? cursor.Instant : null,
        };
    }

    /// <summary>True when the page must run past `limit` (its last row sits on the cursor's instant).</summary>
    public static bool RunsPastLimit(IReadOnlyList<CursorRow> rows, DateTimeOffset since, int limit) =>
        rows.Count > limit && rows[limit - 1].Instant == since;

    private static int PageEnd(IReadOnlyList<CursorRow> rows, DateTimeOffset since, int limit)
    {
        var end = Math.Min(limit, rows.Count);
        if (end == rows.Count || end == 0 || rows[end - 1].Instant != since)
        {
            return end;
        }
        while (end < rows.Count && rows[end].Instant == since)
        {
            end += 1;
        }
        return end;
    }
}
