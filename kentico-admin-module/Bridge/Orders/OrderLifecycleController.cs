// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs. Behaviour: sandbox/src/kentico/order-lifecycle-routes.ts.
using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>LIFECYCLE_PATHS.orderStatus and .shipment: what Brightpearl's fulfilment writes back to Kentico.</summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed class OrderLifecycleController(OrderReader reader, OrderStatusWriter statusWriter, ShipmentWriter shipmentWriter)
    : ControllerBase
{
    /// <summary>204 whether the status changed or was already set; 400 naming statusName for an unknown code name.</summary>
    [HttpPut(BridgeRoutes.Base + LifecyclePaths.OrderStatusTemplate)]
    public async Task<IActionResult> SetStatus(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "orderGuid", out var orderGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var order = await reader.Find(orderGuid, cancellationToken);
        if (order is null)
        {
            return BridgeResults.NotFound("Order", orderGuid);
        }
        var body = BridgeJson.Parse<SetOrderStatusBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        if ((body.Failure ?? Check(body.Value!)) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        var outcome = await statusWriter.Apply(order, body.Value!, cancellationToken);
        return outcome == StatusOutcome.UnknownStatus
            ? BridgeResults.Invalid(new BridgeFailure($"No order status with code name {body.Value!.StatusName}", "statusName"))
            : BridgeResults.NoContent();
    }

    /// <summary>204; idempotent per goods-out note.</summary>
    [HttpPut(BridgeRoutes.Base + LifecyclePaths.ShipmentTemplate)]
    public async Task<IActionResult> PutShipment(string guid, string goodsOutNoteId, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "orderGuid", out var orderGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var order = await reader.Find(orderGuid, cancellationToken);
        if (order is null)
        {
            return BridgeResults.NotFound("Order", orderGuid);
        }
        if (BridgeParameters.PositiveId(goodsOutNoteId, "goodsOutNoteId", out var noteId) is { } badNote)
        {
            return BridgeResults.Invalid(badNote);
        }
        var body = BridgeJson.Parse<ShipmentBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        var invalid = body.Failure ?? BridgeChecks.Each(body.Value!.Lines, "lines",
            (line, field) => BridgeChecks.PositiveId(line.Quantity, $"{field}.quantity"));
        if (invalid is not null)
        {
            return BridgeResults.Invalid(invalid);
        }
        await shipmentWriter.Put(order, noteId, body.Value!, cancellationToken);
        return BridgeResults.NoContent();
    }

    private static BridgeFailure? Check(SetOrderStatusBody body) => BridgeChecks.First(
        () => BridgeChecks.NotEmpty(body.StatusName, "statusName"),
        () => SyncOrigins.All.Contains(body.Origin) ? null : new BridgeFailure("Must be kentico or brightpearl", "origin"));
}
