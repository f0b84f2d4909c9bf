// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs. Behaviour: sandbox/src/kentico/stock-routes.ts and stock-write.ts.
using System.Text.RegularExpressions;

using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Stock;

/// <summary>STOCK_PATHS: batched reads and writes of the per-SKU stock rows, and the orders Brightpearl has not seen.</summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed partial class StockController(StockLevelReader reader, StockLevelWriter writer, PendingOrdersReader pending)
    : ControllerBase
{
    [HttpPut(BridgeRoutes.Base + StockPaths.Levels)]
    public async Task<IActionResult> Write(CancellationToken cancellationToken)
    {
        var body = BridgeJson.Parse<StockWriteBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        if ((body.Failure ?? Check(body.Value!)) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        return BridgeResults.Json(await writer.Write(body.Value!, cancellationToken));
    }

    [HttpGet(BridgeRoutes.Base + StockPaths.Levels)]
    public async Task<IActionResult> Read(CancellationToken cancellationToken)
    {
        var skus = SkuQuery.Parse(Request.QueryString.Value);
        if (skus is null)
        {
            return BridgeResults.Invalid(new BridgeFailure("Malformed URL encoding", "skus"));
        }
        var invalid = BridgeChecks.Count(skus, 1, StockConstants.MaxStockBatch, "skus")
            ?? BridgeChecks.Each(skus, "skus", (sku, field) => BridgeChecks.NotEmpty(sku, field));
        return invalid is not null ? BridgeResults.Invalid(invalid) : BridgeResults.Json(await reader.Read(skus, cancellationToken));
    }

    [HttpGet(BridgeRoutes.Base + StockPaths.PendingOrders)]
    public async Task<IActionResult> Pending(CancellationToken cancellationToken) =>
        BridgeResults.Json(await pending.Snapshot(cancellationToken));

    private static BridgeFailure? Check(StockWriteBody body) => BridgeChecks.First(
        () => BridgeChecks.Count(body.Levels, 1, StockConstants.MaxStockBatch, "levels"),
        () => BridgeChecks.Each(body.Levels, "levels", (level, field) =>
            BridgeChecks.NotEmpty(level.Sku, $"{field}.sku")
            ?? (level.Available is >= 0 and <= int.MaxValue ? null : new BridgeFailure("Must be a non-negative integer", $"{field}.available"))),
        // This extension's asOf is an OrderID (see PendingOrdersReader); anything else did not come from it.
        () => body.PendingAsOf is null || AsOf().IsMatch(body.PendingAsOf)
            ? null
            : new BridgeFailure("Not an asOf from GET /stock/pending-orders", "pendingAsOf"));

    [GeneratedRegex(@"^\d{1,9}$")]
    private static partial Regex AsOf();
}
