// Plain .NET; a line-by-line port of sandbox/src/kentico/cursor-page.ts, itself the generic form of
// ModifiedOrdersPaging (Bridge/Orders), so every modifiedSince cursor pages the same way on both sides.
namespace BrightpearlConnect.Admin.Bridge.CatchUp;

/// <summary>
/// One page of a modifiedSince cursor over rows already sorted by (instant, id): the page normally ends after
/// `limit` rows and the next restarts at the last instant shown (inclusive cursor); a page sitting wholly on the
/// cursor's instant runs on to the end of that instant, or the cursor could never move past it.
/// </summary>
internal static class CursorPaging
{
    /// <param name="rows">A prefix of all matching rows, sorted, long enough for this page and one more.</param>
    public static (IReadOnlyList<T> Page, DateTimeOffset? Next) Page<T>(
        IReadOnlyList<T> rows, Func<T, DateTimeOffset> instant, DateTimeOffset since, int limit)
    {
        var end = Math.Min(limit, rows.Count);
        if (end < rows.Count && end > 0 && instant(rows[end - 1]) == since)
        {
            while (end < rows.Count && instant(rows[end]) == since)
            {
                end += 1;
            }
        }
        var page = rows.Take(end).ToList();
        var hasNext = end < rows.Count;
        // Restart at the last instant shown (overlapping it), unless that instant is the cursor itself.
        DateTimeOffset? next = !hasNext
            ? null
            : page.Count > 0 && instant(page[^1]) != since ? instant(page[^1]) : instant(rows[end]);
        return (page, next);
    }

    /// <summary>True when the page must run past `limit` (its last row sits on the cursor's instant).</summary>
    public static bool RunsPastLimit<T>(IReadOnlyList<T> rows, Func<T, DateTimeOffset> instant, DateTimeOffset since, int limit) =>
        rows.Count > limit && instant(rows[limit - 1]) == since;
}
