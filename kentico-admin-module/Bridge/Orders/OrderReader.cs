// IInfoProvider<T> reads of Commerce_Order and its rows; the properties read are the ones Kentico's Dancing Goat
// OrderService sets (Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services/OrderService.cs).
using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>
/// Builds the contract's KenticoOrder: the order with its items, addresses and customer, status and method code
/// names, and the extension's columns (currency, payment fee, Brightpearl id). Always read fresh: the companion
/// treats this as the truth behind every thin event.
/// </summary>
public sealed class OrderReader(
    IInfoProvider<OrderInfo> orders,
    IInfoProvider<OrderItemInfo> items,
    IInfoProvider<CustomerInfo> customers,
    OrderAddressReader addresses,
    CommerceReferenceData reference,
    OrderLinkStore links,
    IOptions<BrightpearlConnectOptions> options)
{
    public async Task<OrderInfo?> Find(Guid orderGuid, CancellationToken cancellationToken) =>
        (await orders.Get()
            .WhereEquals(nameof(OrderInfo.OrderGUID), orderGuid)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();

    public async Task<KenticoOrder> Read(OrderInfo order, CancellationToken cancellationToken)
    {
        var link = await links.Find(order.OrderID, cancellationToken);
        var status = await reference.Status(order.OrderOrderStatusID, cancellationToken);
        var paymentMethodId = Wire.PositiveId(order, nameof(OrderInfo.OrderPaymentMethodID));
        var shippingMethodId = Wire.PositiveId(order, nameof(OrderInfo.OrderShippingMethodID));
        return new KenticoOrder
        {
            OrderID = order.OrderID,
            OrderGUID = order.OrderGUID,
            OrderNumber = order.OrderNumber,
            OrderCreatedWhen = WireTime.ToWire(order.OrderCreatedWhen),
            OrderModifiedWhen = WireTime.ToWire(order.OrderModifiedWhen),
            OrderOrderStatusID = order.OrderOrderStatusID,
            OrderStatusName = status?.OrderStatusName ?? string.Empty,
            OrderTotalPrice = Wire.Money(order.OrderTotalPrice),
            OrderTotalShipping = Wire.Money(order.OrderTotalShipping),
            OrderTotalTax = Wire.Money(order.OrderTotalTax),
            OrderGrandTotal = Wire.Money(order.OrderGrandTotal),
            OrderPaymentMethodID = paymentMethodId,
            OrderPaymentMethodDisplayName = Wire.TextOrNull(order.OrderPaymentMethodDisplayName),
            OrderPaymentMethodName = await reference.PaymentMethodName(paymentMethodId, cancellationToken),
            OrderShippingMethodID = shippingMethodId,
            OrderShippingMethodDisplayName = Wire.TextOrNull(order.OrderShippingMethodDisplayName),
            OrderShippingMethodName = await reference.ShippingMethodName(shippingMethodId, cancellationToken),
            OrderShippingMethodPrice = Wire.Money(order.OrderShippingMethodPrice),
            BpcCurrencyCode = link?.OrderLinkCurrencyCode ?? options.Value.CurrencyCode.ToUpperInvariant(),
            BpcPaymentFee = link?.OrderLinkPaymentFee,
            BpcBrightpearlOrderID = link?.OrderLinkBrightpearlOrderID,
            Customer = await ReadCustomer(order.OrderCustomerID, cancellationToken),
            Items = await ReadItems(order.OrderID, cancellationToken),
            Addresses = await addresses.Read(order.OrderID, cancellationToken),
        };
    }

    public async Task<IReadOnlyList<OrderItemInfo>> Items(int orderId, CancellationToken cancellationToken) =>
        (await items.Get()
            .WhereEquals(nameof(OrderItemInfo.OrderItemOrderID), orderId)
            .OrderBy(nameof(OrderItemInfo.OrderItemID))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken)).ToList();

    private async Task<IReadOnlyList<KenticoOrderItem>> ReadItems(int orderId, CancellationToken cancellationToken) =>
        (await Items(orderId, cancellationToken)).Select(item => new KenticoOrderItem
        {
            OrderItemID = item.OrderItemID,
            OrderItemGUID = item.OrderItemGUID,
            OrderItemSKU = item.OrderItemSKU,
            OrderItemName = item.OrderItemName,
            OrderItemQuantity = Wire.Quantity(item.OrderItemQuantity),
            OrderItemUnitPrice = Wire.Money(item.OrderItemUnitPrice),
            OrderItemTotalPrice = Wire.Money(item.OrderItemTotalPrice),
            OrderItemTotalTax = Wire.Money(item.OrderItemTotalTax),
            OrderItemTaxRate = Wire.Money(item.OrderItemTaxRate),
        }).ToList();

    private async Task<KenticoCustomer> ReadCustomer(int customerId, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(customerId, cancellationToken)
            ?? throw new InvalidOperationException($"Order refers to customer {customerId}, which does not exist");
        return new KenticoCustomer
        {
            CustomerID = customer.CustomerID,
            CustomerGUID = customer.CustomerGUID,
            CustomerMemberID = Wire.PositiveId(customer, nameof(CustomerInfo.CustomerMemberID)),
            CustomerFirstName = customer.CustomerFirstName,
            CustomerLastName = customer.CustomerLastName,
            CustomerEmail = customer.CustomerEmail,
            CustomerPhone = Wire.TextOrNull(customer.CustomerPhone),
            CustomerCreatedWhen = WireTime.ToWire(customer.CustomerCreatedWhen),
        };
    }
}
