// ObjectQuery reads (WhereGreaterOrEquals/WhereLessOrEquals/WhereGreaterThan, OrderBy, TopN, Columns) as used in
// Kentico/xperience-by-kentico-crm FailedSyncItemService.cs and the Dancing Goat OrderNumberGenerator
// (Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services/OrderNumberGenerator.cs).
using BrightpearlConnect.Admin.Contracts;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>
/// Fetches just enough rows for ModifiedOrdersPaging: `limit + 1` in cursor order, and, only when the page sits
/// entirely on the cursor's instant, every order of that millisecond plus the first one after it.
/// </summary>
public sealed class ModifiedOrdersReader(IInfoProvider<OrderInfo> orders)
{
    public const int MAX_LIMIT = 500;

    /// <summary>Everything at one millisecond: datetime2 keeps 100 ns ticks, the wire keeps milliseconds.</summary>
    private const long LAST_TICK_OF_MILLISECOND = TimeSpan.TicksPerMillisecond - 1;

    public async Task<ModifiedOrdersPage> Page(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var sinceLocal = WireTime.ToServerLocal(since);
        var rows = await Rows(Query(limit + 1).WhereGreaterOrEquals(nameof(OrderInfo.OrderModifiedWhen), sinceLocal), cancellationToken);
        if (ModifiedOrdersPaging.RunsPastLimit(rows, since, limit))
        {
            var endOfInstant = sinceLocal.AddTicks(LAST_TICK_OF_MILLISECOND);
            var atCursor = await Rows(Query(null)
                .WhereGreaterOrEquals(nameof(OrderInfo.OrderModifiedWhen), sinceLocal)
                .WhereLessOrEquals(nameof(OrderInfo.OrderModifiedWhen), endOfInstant), cancellationToken);
            var after = await Rows(Query(1).WhereGreaterThan(nameof(OrderInfo.OrderModifiedWhen), endOfInstant), cancellationToken);
            rows = [.. atCursor, .. after];
        }
        return ModifiedOrdersPaging.Page(rows, since, limit);
    }

    private ObjectQuery<OrderInfo> Query(int? top)
    {
        var query = orders.Get()
            .Columns(nameof(OrderInfo.OrderID), nameof(OrderInfo.OrderGUID), nameof(OrderInfo.OrderModifiedWhen))
            .OrderBy(nameof(OrderInfo.OrderModifiedWhen), nameof(OrderInfo.OrderID));
        return top is { } n ? query.TopN(n) : query;
    }

    private static async Task<IReadOnlyList<CursorRow>> Rows(ObjectQuery<OrderInfo> query, CancellationToken cancellationToken) =>
        (await query.GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .Select(order => new CursorRow(order.OrderID, order.OrderGUID, WireTime.ToWire(order.OrderModifiedWhen)))
            .ToList();
}
