// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs ([ApiController], attribute routes, own auth attribute). Behaviour: the simulator's
// sandbox/src/kentico/bridge-routes.ts.
using BrightpearlConnect.Admin.Bridge.CatchUp;
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Orders;

/// <summary>BRIDGE_PATHS: the order as the truth, the reconciliation cursor, and the Brightpearl id written back.</summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed class OrdersController(OrderReader reader, ModifiedOrdersReader modified, OrderLinkStore links) : ControllerBase
{
    [HttpGet(BridgeRoutes.Base + BridgePaths.ModifiedOrders)]
    public async Task<IActionResult> ListModified(CancellationToken cancellationToken)
    {
        if (ModifiedSinceParameters.Read(Request.Query, out var since, out var limit) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        return BridgeResults.Json(await modified.Page(since, limit, cancellationToken));
    }

    [HttpGet(BridgeRoutes.Base + BridgePaths.OrderTemplate)]
    public async Task<IActionResult> Get(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "orderGuid", out var orderGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var order = await reader.Find(orderGuid, cancellationToken);
        return order is null
            ? BridgeResults.NotFound("Order", orderGuid)
            : BridgeResults.Json(await reader.Read(order, cancellationToken));
    }

    /// <summary>204; the same id again is a retry of a call that succeeded (the first syncedAt is kept); another id
    /// is a 409, because one Kentico order must never point at two Brightpearl orders.</summary>
    [HttpPut(BridgeRoutes.Base + BridgePaths.BrightpearlOrderIdTemplate)]
    public async Task<IActionResult> SetBrightpearlOrderId(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "orderGuid", out var orderGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var body = BridgeJson.Parse<SetBrightpearlOrderIdBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        if ((body.Failure ?? BridgeChecks.PositiveId(body.Value!.BrightpearlOrderId, "brightpearlOrderId")) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        var order = await reader.Find(orderGuid, cancellationToken);
        if (order is null)
        {
            return BridgeResults.NotFound("Order", orderGuid);
        }
        var link = await links.Ensure(order, cancellationToken);
        var wanted = (int)body.Value!.BrightpearlOrderId;
        if (link.OrderLinkBrightpearlOrderID is { } existing && existing != wanted)
        {
            return BridgeResults.Error(StatusCodes.Status409Conflict,
                $"Order is already linked to Brightpearl order {existing}", "brightpearlOrderId");
        }
        if (link.OrderLinkBrightpearlOrderID is null)
        {
            // Not an order edit: Commerce_Order is untouched, so no OrderModifiedWhen bump and no event.
            link.OrderLinkBrightpearlOrderID = wanted;
            link.OrderLinkSyncedWhen = WireTime.ToServerLocal(body.Value.SyncedAt);
            await links.Save(link, cancellationToken);
        }
        return BridgeResults.NoContent();
    }
}
