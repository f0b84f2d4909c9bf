// IInfoProvider<OrderAddressInfo> read of the rows Kentico's Dancing Goat OrderService writes
// (Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services/OrderService.cs).
using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Contracts;

using CMS.Commerce;
using CMS.DataEngine;
using CMS.Helpers;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>An order's addresses with the country as ISO alpha-3 and the state by name (what Brightpearl takes).</summary>
public sealed class OrderAddressReader(IInfoProvider<OrderAddressInfo> addresses, CommerceReferenceData reference)
{
    public async Task<IReadOnlyList<KenticoAddress>> Read(int orderId, CancellationToken cancellationToken)
    {
        var rows = await addresses.Get()
            .WhereEquals(nameof(OrderAddressInfo.OrderAddressOrderID), orderId)
            .OrderBy(nameof(OrderAddressInfo.OrderAddressID))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken);
        var result = new List<KenticoAddress>();
        foreach (var row in rows)
        {
            result.Add(await ToWire(row, cancellationToken));
        }
        return result;
    }

    private async Task<KenticoAddress> ToWire(OrderAddressInfo row, CancellationToken cancellationToken)
    {
        var countryId = Wire.PositiveId(row, nameof(OrderAddressInfo.OrderAddressCountryID)) ?? 0;
        var stateId = Wire.PositiveId(row, nameof(OrderAddressInfo.OrderAddressStateID));
        return new KenticoAddress
        {
            // The column is text (Billing, Shipping or a custom type), while the Info property's CLR
            // type is Kentico's OrderAddressType (the migration tool assigns OrderAddressType.Billing):
            // read the stored text through GetValue, as Wire does for ids, whatever the property type.
            OrderAddressType = ValidationHelper.GetString(row.GetValue(nameof(OrderAddressInfo.OrderAddressType)), string.Empty),
            OrderAddressFirstName = row.OrderAddressFirstName,
            OrderAddressLastName = row.OrderAddressLastName,
            OrderAddressCompany = Wire.TextOrNull(row.OrderAddressCompany),
            OrderAddressEmail = row.OrderAddressEmail,
            OrderAddressPhone = Wire.TextOrNull(row.OrderAddressPhone),
            OrderAddressLine1 = row.OrderAddressLine1,
            OrderAddressLine2 = Wire.TextOrNull(row.OrderAddressLine2),
            OrderAddressCity = row.OrderAddressCity,
            OrderAddressZip = row.OrderAddressZip,
            OrderAddressCountryID = countryId,
            OrderAddressStateID = stateId,
            OrderAddressCountryThreeLetterCode = await reference.CountryCode(countryId, cancellationToken),
            OrderAddressStateName = await reference.StateName(stateId, cancellationToken),
        };
    }
}
