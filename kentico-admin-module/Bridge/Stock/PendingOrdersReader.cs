// ObjectQuery reads (WhereNull, WhereGreaterThan, WhereIn, Columns) as in Kentico/xperience-by-kentico-crm
// FailedSyncItemService.cs and Kentico/community-portal. Behaviour: sandbox/src/kentico/pending-orders.ts.
using System.Globalization;

using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Bridge.Stock;

/// <summary>
/// Orders Brightpearl has not seen yet (no Brightpearl id, not cancelled) with their units per SKU. Brightpearl
/// cannot have allocated those units, so the companion subtracts them before pushing stock: a sold unit is never
/// re-listed. Only orders with an extension row count, i.e. orders placed after installation.
/// </summary>
public sealed class PendingOrdersReader(
    IInfoProvider<OrderLinkInfo> links,
    IInfoProvider<OrderInfo> orders,
    IInfoProvider<OrderItemInfo> items,
    CommerceReferenceData reference,
    IOptions<BrightpearlConnectOptions> options)
{
    /// <summary>asOf is the highest OrderID included ("0" when none): OrderIDs only grow, so "placed after the
    /// snapshot" is simply OrderID > asOf.</summary>
    public async Task<PendingOrders> Snapshot(CancellationToken cancellationToken)
    {
        var pending = await Pending(0, cancellationToken);
        return new PendingOrders
        {
            AsOf = (pending.Count == 0 ? 0 : pending.Max(order => order.OrderID)).ToString(CultureInfo.InvariantCulture),
            Orders = pending.Select(order => new PendingOrdersOrder { OrderGUID = order.OrderGUID, Lines = order.Lines }).ToList(),
        };
    }

    /// <summary>Units per SKU of orders pending now that were not in the snapshot asOf.</summary>
    public async Task<IReadOnlyDictionary<string, long>> UnitsSince(int asOf, CancellationToken cancellationToken) =>
        (await Pending(asOf, cancellationToken))
            .SelectMany(order => order.Lines)
            .GroupBy(line => line.Sku, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity), StringComparer.Ordinal);

    private async Task<IReadOnlyList<PendingOrder>> Pending(int afterOrderId, CancellationToken cancellationToken)
    {
        var orderIds = (await links.Get()
            .WhereNull(nameof(OrderLinkInfo.OrderLinkBrightpearlOrderID))
            .WhereGreaterThan(nameof(OrderLinkInfo.OrderLinkOrderID), afterOrderId)
            .Columns(nameof(OrderLinkInfo.OrderLinkOrderID))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .Select(link => link.OrderLinkOrderID).ToList();
        if (orderIds.Count == 0)
        {
            return [];
        }
        var cancelled = await reference.StatusByName(options.Value.CancelledStatusName, cancellationToken);
        var live = (await orders.Get()
            .WhereIn(nameof(OrderInfo.OrderID), orderIds)
            .Columns(nameof(OrderInfo.OrderID), nameof(OrderInfo.OrderGUID), nameof(OrderInfo.OrderOrderStatusID))
            .OrderBy(nameof(OrderInfo.OrderID))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .Where(order => order.OrderOrderStatusID != cancelled?.OrderStatusID)
            .ToList();
        var lines = await LinesByOrder(live.Select(order => order.OrderID).ToList(), cancellationToken);
        return live
            .Select(order => new PendingOrder(order.OrderID, order.OrderGUID, lines.TryGetValue(order.OrderID, out var own) ? own : []))
            .ToList();
    }

    /// <summary>Units per SKU per order, in first-seen order; a SKU on several lines is summed, empty lines dropped.</summary>
    private async Task<Dictionary<int, IReadOnlyList<PendingOrdersOrderLine>>> LinesByOrder(
        IReadOnlyList<int> orderIds, CancellationToken cancellationToken)
    {
        if (orderIds.Count == 0)
        {
            return new();
        }
        var rows = await items.Get()
            .WhereIn(nameof(OrderItemInfo.OrderItemOrderID), orderIds.ToList())
            .Columns(nameof(OrderItemInfo.OrderItemOrderID), nameof(OrderItemInfo.OrderItemSKU), nameof(OrderItemInfo.OrderItemQuantity))
            .OrderBy(nameof(OrderItemInfo.OrderItemID))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken);
        return rows
            .GroupBy(item => item.OrderItemOrderID)
            .ToDictionary(order => order.Key, order => (IReadOnlyList<PendingOrdersOrderLine>)order
                .GroupBy(item => item.OrderItemSKU, StringComparer.Ordinal)
                .Select(sku => new PendingOrdersOrderLine { Sku = sku.Key, Quantity = sku.Sum(item => Wire.Quantity(item.OrderItemQuantity)) })
                .Where(line => line.Quantity > 0)
                .ToList());
    }

    private sealed record PendingOrder(int OrderID, Guid OrderGUID, IReadOnlyList<PendingOrdersOrderLine> Lines);
}
