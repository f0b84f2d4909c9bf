// IInfoProvider<T> reads of the Commerce configuration as in the Dancing Goat sample of
// Kentico/xperience-by-kentico-lucene (examples/DancingGoat/Commerce/Shipping/ShippingRepository.cs,
// Payment/PaymentRepository.cs, Countries/CountryStateRepository.cs, Services/OrderService.cs).
using CMS.Commerce;
using CMS.DataEngine;
using CMS.Globalization;

namespace BrightpearlConnect.Admin.Bridge.Commerce;

/// <summary>
/// Order statuses, shipping and payment methods, countries and states: project-defined in XbyK, so the bridge
/// speaks their code names (stable) and never their IDs or display names.
/// </summary>
public sealed class CommerceReferenceData(
    IInfoProvider<OrderStatusInfo> statuses,
    IInfoProvider<ShippingMethodInfo> shippingMethods,
    IInfoProvider<PaymentMethodInfo> paymentMethods,
    IInfoProvider<CountryInfo> countries,
    IInfoProvider<StateInfo> states)
{
    public async Task<OrderStatusInfo?> Status(int statusId, CancellationToken cancellationToken) =>
        await statuses.GetAsync(statusId, cancellationToken);

    /// <summary>By code name; SQL Server's default collation makes the match case-insensitive.</summary>
    public async Task<OrderStatusInfo?> StatusByName(string statusName, CancellationToken cancellationToken) =>
        (await statuses.Get()
            .WhereEquals(nameof(OrderStatusInfo.OrderStatusName), statusName)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();

    public async Task<IReadOnlyList<OrderStatusInfo>> AllStatuses(CancellationToken cancellationToken) =>
        (await statuses.Get()
            .OrderBy(nameof(OrderStatusInfo.OrderStatusOrder))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken)).ToList();

    public async Task<IReadOnlyList<ShippingMethodInfo>> AllShippingMethods(CancellationToken cancellationToken) =>
        (await shippingMethods.Get().GetEnumerableTypedResultAsync(cancellationToken: cancellationToken)).ToList();

    public async Task<IReadOnlyList<PaymentMethodInfo>> AllPaymentMethods(CancellationToken cancellationToken) =>
        (await paymentMethods.Get().GetEnumerableTypedResultAsync(cancellationToken: cancellationToken)).ToList();

    // IDs arrive as the contract's long; XbyK keys are int.
    // UNCONFIRMED: ShippingMethodInfo.ShippingMethodName and PaymentMethodInfo.PaymentMethodName. The columns are in
    // Kentico's class definitions (commerce.shippingmethod.xml, commerce.paymentmethod.xml), but no public code reads
    // the properties (docs/kentico-extension.md, "Kentico APIs the glue uses").
    public async Task<string?> ShippingMethodName(long? id, CancellationToken cancellationToken) =>
        id is { } value ? (await shippingMethods.GetAsync((int)value, cancellationToken))?.ShippingMethodName : null;

    public async Task<string?> PaymentMethodName(long? id, CancellationToken cancellationToken) =>
        id is { } value ? (await paymentMethods.GetAsync((int)value, cancellationToken))?.PaymentMethodName : null;

    /// <summary>ISO 3166-1 alpha-3, which Brightpearl addresses use ("" for an unknown country).</summary>
    public async Task<string> CountryCode(long countryId, CancellationToken cancellationToken) =>
        (await countries.GetAsync((int)countryId, cancellationToken))?.CountryThreeLetterCode ?? string.Empty;

    public async Task<string?> StateName(long? stateId, CancellationToken cancellationToken) =>
        stateId is { } value ? (await states.GetAsync((int)value, cancellationToken))?.StateName : null;
}
