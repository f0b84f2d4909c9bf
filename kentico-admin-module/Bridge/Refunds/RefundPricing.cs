// Plain .NET; a port of priceLines/brightpearlRefund in sandbox/src/kentico/refunds.ts (money in decimal, rounded
// half away from zero to the penny, as sandbox/src/kentico/money.ts does in integer units).
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;

namespace BrightpearlConnect.Admin.Bridge.Refunds;

/// <summary>
/// Prices refund lines from the order: amount = unit price × quantity, tax = the item's tax × quantity / item
/// quantity, each to the penny, so a partial refund never carries sub-penny tax. A credit made in Brightpearl is
/// recorded as is: RefundTotal is its total; what it holds beyond the lines becomes ExtraAmount (tax unknown: 0).
/// </summary>
internal static class RefundPricing
{
    /// <summary>A refund names SKUs, not lines: a SKU on several lines maps to the first, the price charged first.</summary>
    public static OrderItemInfo? ItemFor(IReadOnlyList<OrderItemInfo> items, string sku) =>
        items.FirstOrDefault(item => item.OrderItemSKU == sku);

    public static RefundInfo FromBrightpearl(OrderInfo order, IReadOnlyList<OrderItemInfo> items, RecordRefundBody body)
    {
        var lines = body.Lines.Select(line => Price(ItemFor(items, line.Sku)!, line.Sku, line.Quantity)).ToList();
        var total = Penny(body.Total);
        var linesTotal = lines.Sum(line => line.Amount + line.Tax);
        return new RefundInfo
        {
            RefundGUID = Guid.NewGuid(),
            RefundOrderID = order.OrderID,
            RefundOrderGUID = order.OrderGUID,
            RefundCreatedWhen = WireTime.ToServerLocal(body.CreatedAt),
            RefundReason = null,
            RefundLines = RefundStore.LinesJson(lines),
            RefundExtraAmount = Math.Max(0m, total - linesTotal),
            RefundExtraTax = 0m,
            RefundTotal = total,
            RefundSalesCreditID = (int)body.BrightpearlCreditId,
            RefundOrigin = SyncOrigins.Brightpearl,
        };
    }

    private static KenticoRefundLine Price(OrderItemInfo item, string sku, long quantity)
    {
        var itemQuantity = Wire.Quantity(item.OrderItemQuantity);
        return new KenticoRefundLine
        {
            OrderItemGUID = item.OrderItemGUID,
            SKU = sku,
            Quantity = quantity,
            Amount = Penny(Wire.Money(item.OrderItemUnitPrice) * quantity),
            Tax = itemQuantity > 0 ? Penny(Wire.Money(item.OrderItemTotalTax) * quantity / itemQuantity) : 0m,
        };
    }

    private static decimal Penny(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
