// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs. Behaviour: sandbox/src/kentico/refund-routes.ts.
using BrightpearlConnect.Admin.Bridge.CatchUp;
using BrightpearlConnect.Admin.Bridge.Orders;
using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Refunds;

/// <summary>LIFECYCLE_PATHS.refund, .refundCredit and .orderRefunds, and CATCH_UP_PATHS.modifiedRefunds: the extension's
/// refund table.</summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed class RefundsController(
    RefundStore refunds, RefundRecorder recorder, OrderReader orders, ModifiedRefundsReader modified) : ControllerBase
{
    /// <summary>The catch-up cursor for refunds whose refund.created was lost; paged like GET /orders.</summary>
    [HttpGet(BridgeRoutes.Base + CatchUpPaths.ModifiedRefunds)]
    public async Task<IActionResult> ListModified(CancellationToken cancellationToken)
    {
        if (ModifiedSinceParameters.Read(Request.Query, out var since, out var limit) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        return BridgeResults.Json(await modified.Page(since, limit, cancellationToken));
    }

    [HttpGet(BridgeRoutes.Base + LifecyclePaths.RefundTemplate)]
    public async Task<IActionResult> Get(string refundGuid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(refundGuid, "refundGuid", out var guid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var refund = await refunds.ByGuid(guid, cancellationToken);
        return refund is null ? BridgeResults.NotFound("Refund", guid) : BridgeResults.Json(RefundStore.ToWire(refund));
    }

    /// <summary>204; the same id again is a retry (not a refund edit: no event); another id, or a credit already on
    /// another refund, is a 409.</summary>
    [HttpPut(BridgeRoutes.Base + LifecyclePaths.RefundCreditTemplate)]
    public async Task<IActionResult> SetCredit(string refundGuid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(refundGuid, "refundGuid", out var guid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var refund = await refunds.ByGuid(guid, cancellationToken);
        if (refund is null)
        {
            return BridgeResults.NotFound("Refund", guid);
        }
        var body = BridgeJson.Parse<SetRefundCreditBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        if ((body.Failure ?? BridgeChecks.PositiveId(body.Value!.BrightpearlCreditId, "brightpearlCreditId")) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        var creditId = (int)body.Value!.BrightpearlCreditId;
        if (refund.RefundSalesCreditID is { } stored && stored != creditId)
        {
            return BridgeResults.Error(StatusCodes.Status409Conflict,
                $"Refund is already linked to Brightpearl credit {stored}", "brightpearlCreditId");
        }
        var holder = await refunds.ByCreditId(creditId, cancellationToken);
        if (holder is not null && holder.RefundGUID != refund.RefundGUID)
        {
            var taken = RefundRecorder.CreditTaken(creditId);
            return BridgeResults.Error(StatusCodes.Status409Conflict, taken.Error, taken.Field);
        }
        if (refund.RefundSalesCreditID is null)
        {
            refund.RefundSalesCreditID = creditId;
            await refunds.Save(refund, cancellationToken);
        }
        return BridgeResults.NoContent();
    }

    /// <summary>201 { RefundGUID, created: true } for a new refund, 200 with created: false for a credit already recorded.</summary>
    [HttpPost(BridgeRoutes.Base + LifecyclePaths.OrderRefundsTemplate)]
    public async Task<IActionResult> Record(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "orderGuid", out var orderGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var order = await orders.Find(orderGuid, cancellationToken);
        if (order is null)
        {
            return BridgeResults.NotFound("Order", orderGuid);
        }
        var body = BridgeJson.Parse<RecordRefundBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        if ((body.Failure ?? Check(body.Value!)) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        var outcome = await recorder.Record(order, body.Value!, cancellationToken);
        return outcome.Failure is { } failure
            ? BridgeResults.Error(outcome.Status, failure.Error, failure.Field)
            : BridgeResults.Json(outcome.Result!, outcome.Status);
    }

    private static BridgeFailure? Check(RecordRefundBody body) => BridgeChecks.First(
        () => BridgeChecks.PositiveId(body.BrightpearlCreditId, "brightpearlCreditId"),
        () => BridgeChecks.Each(body.Lines, "lines", (line, field) => BridgeChecks.PositiveId(line.Quantity, $"{field}.quantity")),
        () => BridgeChecks.NonNegative(body.Total, "total"));
}
