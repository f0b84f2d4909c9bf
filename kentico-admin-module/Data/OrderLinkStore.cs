// IInfoProvider<T>.Get().WhereEquals(...).TopN(1) and SetAsync as in Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Web/Features/Commerce/EventHandlers/ProductStockCreationService.cs.
using BrightpearlConnect.Admin.Configuration;

using CMS.Commerce;
using CMS.DataEngine;

using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Data;

/// <summary>Reads and creates the per-order extension row (currency, Brightpearl id, status origin).</summary>
public sealed class OrderLinkStore(IInfoProvider<OrderLinkInfo> provider, IOptions<BrightpearlConnectOptions> options)
{
    public async Task<OrderLinkInfo?> Find(int orderId, CancellationToken cancellationToken) =>
        (await provider.Get()
            .WhereEquals(nameof(OrderLinkInfo.OrderLinkOrderID), orderId)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();

    /// <summary>Synchronous twin for the object-event handler's Handle (Kentico calls it for Set, not SetAsync).</summary>
    public void Create(OrderInfo order) => provider.Set(NewLink(order));

    public Task Create(OrderInfo order, CancellationToken cancellationToken) =>
        provider.SetAsync(NewLink(order), cancellationToken);

    /// <summary>The row of an order placed before installation is made on first use, so writes never miss.</summary>
    public async Task<OrderLinkInfo> Ensure(OrderInfo order, CancellationToken cancellationToken) =>
        await Find(order.OrderID, cancellationToken) ?? NewLink(order);

    public Task Save(OrderLinkInfo link, CancellationToken cancellationToken) => provider.SetAsync(link, cancellationToken);

    private OrderLinkInfo NewLink(OrderInfo order) => new()
    {
        OrderLinkOrderID = order.OrderID,
        OrderLinkOrderGUID = order.OrderGUID,
        OrderLinkCurrencyCode = options.Value.CurrencyCode.ToUpperInvariant(),
    };
}
