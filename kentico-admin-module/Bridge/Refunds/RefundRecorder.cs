// Plain service over RefundStore and OrderStatusWriter. Behaviour: POST /orders/:orderGuid/refunds of
// sandbox/src/kentico/refund-routes.ts, priced as brightpearlRefund in sandbox/src/kentico/refunds.ts.
using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Bridge.Orders;
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;

namespace BrightpearlConnect.Admin.Bridge.Refunds;

/// <summary>What happened to a credit recorded from Brightpearl.</summary>
public sealed record RefundRecording(RecordRefundResult? Result, int Status, BridgeFailure? Failure);

/// <summary>
/// Records a sales credit made in Brightpearl as a refund of the order, once per credit id. Everything is checked
/// before anything is written, so a 400 leaves no half-recorded refund. The quantity is deliberately not capped at
/// what was ordered: an over-refund is bad input the companion has to notice, so it is kept as sent.
/// </summary>
public sealed class RefundRecorder(RefundStore refunds, OrderReader orders, CommerceReferenceData reference, OrderStatusWriter statuses)
{
    public async Task<RefundRecording> Record(OrderInfo order, RecordRefundBody body, CancellationToken cancellationToken)
    {
        var existing = await refunds.ByCreditId((int)body.BrightpearlCreditId, cancellationToken);
        if (existing is not null)
        {
            // A retry, or the credit the companion made for a Kentico refund coming back: the same row. Its status is
            // not applied again: it may have moved on since, and this would revert it.
            return existing.RefundOrderID == order.OrderID
                ? new(new RecordRefundResult { RefundGUID = existing.RefundGUID, Created = false }, 200, null)
                : new(null, 409, CreditTaken(body.BrightpearlCreditId));
        }
        if (body.StatusName is { } statusName && await reference.StatusByName(statusName, cancellationToken) is null)
        {
            return new(null, 400, new BridgeFailure($"No order status {statusName}", "statusName"));
        }
        var items = await orders.Items(order.OrderID, cancellationToken);
        var badLine = body.Lines.Select((line, index) => (line, index))
            .FirstOrDefault(entry => RefundPricing.ItemFor(items, entry.line.Sku) is null);
        if (badLine.line is not null)
        {
            return new(null, 400, new BridgeFailure($"SKU {badLine.line.Sku} is not on this order", $"lines.{badLine.index}.sku"));
        }
        var refund = RefundPricing.FromBrightpearl(order, items, body);
        await refunds.Save(refund, cancellationToken);
        if (body.StatusName is { } status)
        {
            // No refund.created (the refund came from Brightpearl), but the status change fires the order's event.
            await statuses.Apply(order, new SetOrderStatusBody { StatusName = status, Origin = SyncOrigins.Brightpearl }, cancellationToken);
        }
        return new(new RecordRefundResult { RefundGUID = refund.RefundGUID, Created = true }, 201, null);
    }

    public static BridgeFailure CreditTaken(long creditId) =>
        new($"Brightpearl credit {creditId} belongs to another refund", "brightpearlCreditId");
}
