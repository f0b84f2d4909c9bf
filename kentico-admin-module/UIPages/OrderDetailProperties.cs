// IInfoProvider<OrderInfo>.GetAsync(id, cancellationToken) as in the Dancing Goat OrderService of
// Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services/OrderService.cs.
using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>Puts the order's GUID (the companion's key) and number (what staff recognise) into the order template.</summary>
public sealed class OrderDetailProperties(IInfoProvider<OrderInfo> orderProvider)
{
    public async Task Fill(OrderDetailClientProperties properties, int orderId, CancellationToken cancellationToken)
    {
        var order = await orderProvider.GetAsync(orderId, cancellationToken);
        properties.OrderGuid = order?.OrderGUID.ToString() ?? string.Empty;
        properties.OrderNumber = order?.OrderNumber ?? string.Empty;
    }
}
