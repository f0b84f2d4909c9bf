// ObjectQuery reads exactly as ModifiedOrdersReader (Bridge/Orders). Behaviour: sandbox/src/kentico/catch-up-routes.ts.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.CatchUp;

/// <summary>A refund as its cursor sees it: creation instant (milliseconds), then RefundID.</summary>
internal sealed record RefundCursorRow(int RefundID, ModifiedRefundsPageRefund Refund);

/// <summary>
/// GET /refunds?modifiedSince=: the extension's refund table by (RefundCreatedWhen, RefundID). Refunds live in our
/// own table, so making one never touches Commerce_Order and the order cursor never sees it. A refund is never
/// edited (only its Brightpearl credit id is filled in), so its creation time is its modified time.
/// </summary>
public sealed class ModifiedRefundsReader(IInfoProvider<RefundInfo> refunds)
{
    private const long LAST_TICK_OF_MILLISECOND = TimeSpan.TicksPerMillisecond - 1;

    public async Task<ModifiedRefundsPage> Page(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var sinceLocal = WireTime.ToServerLocal(since);
        var rows = await Rows(Query(limit + 1).WhereGreaterOrEquals(nameof(RefundInfo.RefundCreatedWhen), sinceLocal), cancellationToken);
        if (CursorPaging.RunsPastLimit(rows, Instant, since, limit))
        {
            var endOfInstant = sinceLocal.AddTicks(LAST_TICK_OF_MILLISECOND);
            var atCursor = await Rows(Query(null)
                .WhereGreaterOrEquals(nameof(RefundInfo.RefundCreatedWhen), sinceLocal)
                .WhereLessOrEquals(nameof(RefundInfo.RefundCreatedWhen), endOfInstant), cancellationToken);
            var after = await Rows(Query(1).WhereGreaterThan(nameof(RefundInfo.RefundCreatedWhen), endOfInstant), cancellationToken);
            rows = [.. atCursor, .. after];
        }
        var (page, next) = CursorPaging.Page(rows, Instant, since, limit);
        return new ModifiedRefundsPage { Refunds = page.Select(row => row.Refund).ToList(), NextModifiedSince = next };
    }

    private static DateTimeOffset Instant(RefundCursorRow row) => row.Refund.RefundCreatedWhen;

    private ObjectQuery<RefundInfo> Query(int? top)
    {
        var query = refunds.Get()
            .Columns(nameof(RefundInfo.RefundID), nameof(RefundInfo.RefundGUID), nameof(RefundInfo.RefundOrderGUID),
                nameof(RefundInfo.RefundCreatedWhen), nameof(RefundInfo.RefundOrigin))
            .OrderBy(nameof(RefundInfo.RefundCreatedWhen), nameof(RefundInfo.RefundID));
        return top is { } n ? query.TopN(n) : query;
    }

    private static async Task<IReadOnlyList<RefundCursorRow>> Rows(ObjectQuery<RefundInfo> query, CancellationToken cancellationToken) =>
        (await query.GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .Select(refund => new RefundCursorRow(refund.RefundID, new ModifiedRefundsPageRefund
            {
                RefundGUID = refund.RefundGUID,
                OrderGUID = refund.RefundOrderGUID,
                RefundCreatedWhen = WireTime.ToWire(refund.RefundCreatedWhen),
                Origin = refund.RefundOrigin,
            }))
            .ToList();
}
