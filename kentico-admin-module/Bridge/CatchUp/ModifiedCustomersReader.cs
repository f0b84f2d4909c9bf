// ObjectQuery reads exactly as ModifiedOrdersReader (Bridge/Orders). Behaviour: sandbox/src/kentico/catch-up-routes.ts.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.CatchUp;

/// <summary>A customer as its cursor sees it: modified instant (milliseconds), then CustomerID.</summary>
internal sealed record CustomerCursorRow(int CustomerID, ModifiedCustomersPageCustomer Customer);

/// <summary>
/// GET /customers?modifiedSince=: the customer-link table by (CustomerLinkModifiedWhen, CustomerLinkCustomerID).
/// CustomerInfo has no modified time; CustomerEventHandler and the bridge stamp the link row on every change (it is
/// what GET /customers/{guid} reports as CustomerModifiedWhen), so every customer changed since installation has one.
/// </summary>
public sealed class ModifiedCustomersReader(IInfoProvider<CustomerLinkInfo> links)
{
    private const long LAST_TICK_OF_MILLISECOND = TimeSpan.TicksPerMillisecond - 1;

    public async Task<ModifiedCustomersPage> Page(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var sinceLocal = WireTime.ToServerLocal(since);
        var rows = await Rows(Query(limit + 1).WhereGreaterOrEquals(nameof(CustomerLinkInfo.CustomerLinkModifiedWhen), sinceLocal), cancellationToken);
        if (CursorPaging.RunsPastLimit(rows, Instant, since, limit))
        {
            var endOfInstant = sinceLocal.AddTicks(LAST_TICK_OF_MILLISECOND);
            var atCursor = await Rows(Query(null)
                .WhereGreaterOrEquals(nameof(CustomerLinkInfo.CustomerLinkModifiedWhen), sinceLocal)
                .WhereLessOrEquals(nameof(CustomerLinkInfo.CustomerLinkModifiedWhen), endOfInstant), cancellationToken);
            var after = await Rows(Query(1).WhereGreaterThan(nameof(CustomerLinkInfo.CustomerLinkModifiedWhen), endOfInstant), cancellationToken);
            rows = [.. atCursor, .. after];
        }
        var (page, next) = CursorPaging.Page(rows, Instant, since, limit);
        return new ModifiedCustomersPage { Customers = page.Select(row => row.Customer).ToList(), NextModifiedSince = next };
    }

    private static DateTimeOffset Instant(CustomerCursorRow row) => row.Customer.CustomerModifiedWhen;

    private ObjectQuery<CustomerLinkInfo> Query(int? top)
    {
        var query = links.Get()
            .Columns(nameof(CustomerLinkInfo.CustomerLinkCustomerID), nameof(CustomerLinkInfo.CustomerLinkCustomerGUID),
                nameof(CustomerLinkInfo.CustomerLinkModifiedWhen))
            .OrderBy(nameof(CustomerLinkInfo.CustomerLinkModifiedWhen), nameof(CustomerLinkInfo.CustomerLinkCustomerID));
        return top is { } n ? query.TopN(n) : query;
    }

    private static async Task<IReadOnlyList<CustomerCursorRow>> Rows(ObjectQuery<CustomerLinkInfo> query, CancellationToken cancellationToken) =>
        (await query.GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .Select(link => new CustomerCursorRow(link.CustomerLinkCustomerID, new ModifiedCustomersPageCustomer
            {
                CustomerGUID = link.CustomerLinkCustomerGUID,
                CustomerModifiedWhen = WireTime.ToWire(link.CustomerLinkModifiedWhen),
            }))
            .ToList();
}
