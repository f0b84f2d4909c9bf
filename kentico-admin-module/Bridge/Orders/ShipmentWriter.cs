// IInfoProvider<T> upsert (Get().WhereEquals().TopN(1), SetAsync) as in Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Web/Features/Commerce/EventHandlers/ProductStockCreationService.cs. Behaviour:
// sandbox/src/kentico/shipment-store.ts.
using System.Text.Json;

using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>
/// Stores a shipped goods-out note on the order, one row per (order, note): a retry changes nothing, a re-sent note
/// with new data (tracking added later in Brightpearl) replaces the row. Its own table, not the OrderInfo, so
/// recording a shipment never bumps OrderModifiedWhen and never echoes back to the companion as an event.
/// </summary>
public sealed class ShipmentWriter(IInfoProvider<ShipmentInfo> shipments)
{
    /// <summary>Column size of tracking reference and carrier; Brightpearl's own limits are far below it.</summary>
    private const int MAX_TEXT = 200;

    public async Task Put(OrderInfo order, int goodsOutNoteId, ShipmentBody body, CancellationToken cancellationToken)
    {
        var row = (await shipments.Get()
            .WhereEquals(nameof(ShipmentInfo.ShipmentOrderID), order.OrderID)
            .WhereEquals(nameof(ShipmentInfo.ShipmentGoodsOutNoteID), goodsOutNoteId)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault() ?? new ShipmentInfo
            {
                ShipmentOrderID = order.OrderID,
                ShipmentOrderGUID = order.OrderGUID,
                ShipmentGoodsOutNoteID = goodsOutNoteId,
            };
        row.ShipmentTrackingReference = Clip(body.TrackingReference);
        row.ShipmentCarrier = Clip(body.Carrier);
        row.ShipmentShippedWhen = WireTime.ToServerLocal(body.ShippedAt);
        // Lines are kept as sent, unknown SKUs included: they are Brightpearl's record of what left the warehouse.
        row.ShipmentLines = JsonSerializer.Serialize(body.Lines, BridgeJson.Options);
        if (row.ShipmentID == 0 || row.HasChanged)
        {
            await shipments.SetAsync(row, cancellationToken);
        }
    }

    private static string? Clip(string? value) => value is { Length: > MAX_TEXT } ? value[..MAX_TEXT] : value;
}
