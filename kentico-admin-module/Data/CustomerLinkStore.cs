// IInfoProvider<T> reads and writes as in Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Web/Features/Commerce/EventHandlers/ProductStockCreationService.cs.
using BrightpearlConnect.Admin.Bridge;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// The per-customer extension row. CustomerInfo has no modified time, so the handlers stamp this row whenever the
/// customer (or one of its addresses) changes; the bridge reports that stamp as CustomerModifiedWhen.
/// </summary>
public sealed class CustomerLinkStore(IInfoProvider<CustomerLinkInfo> provider, TimeProvider clock)
{
    public async Task<CustomerLinkInfo?> Find(int customerId, CancellationToken cancellationToken) =>
        (await provider.Get()
            .WhereEquals(nameof(CustomerLinkInfo.CustomerLinkCustomerID), customerId)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();

    /// <summary>The row, made on first use for customers created before installation (stamped with their creation).</summary>
    public async Task<CustomerLinkInfo> Ensure(CustomerInfo customer, CancellationToken cancellationToken) =>
        await Find(customer.CustomerID, cancellationToken) ?? NewLink(customer, customer.CustomerCreatedWhen);

    public Task Save(CustomerLinkInfo link, CancellationToken cancellationToken) => provider.SetAsync(link, cancellationToken);

    /// <summary>Stamps "changed now" (synchronous twin for object-event Handle).</summary>
    public void Touch(CustomerInfo customer)
    {
        var link = provider.Get()
            .WhereEquals(nameof(CustomerLinkInfo.CustomerLinkCustomerID), customer.CustomerID)
            .TopN(1)
            .FirstOrDefault() ?? NewLink(customer, WireTime.ServerNow(clock));
        link.CustomerLinkModifiedWhen = WireTime.ServerNow(clock);
        provider.Set(link);
    }

    public async Task Touch(CustomerInfo customer, CancellationToken cancellationToken)
    {
        var link = await Find(customer.CustomerID, cancellationToken) ?? NewLink(customer, WireTime.ServerNow(clock));
        link.CustomerLinkModifiedWhen = WireTime.ServerNow(clock);
        await provider.SetAsync(link, cancellationToken);
    }

    private static CustomerLinkInfo NewLink(CustomerInfo customer, DateTime modifiedWhen) => new()
    {
        CustomerLinkCustomerID = customer.CustomerID,
        CustomerLinkCustomerGUID = customer.CustomerGUID,
        CustomerLinkModifiedWhen = modifiedWhen,
    };
}
