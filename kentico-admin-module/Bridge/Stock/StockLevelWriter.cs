// CMSTransactionScope + Commit as in Kentico's Dancing Goat OrderService (Kentico/xperience-by-kentico-lucene
// examples/DancingGoat/Commerce/Services/OrderService.cs); upserts as in Kentico/xperience-by-kentico-training-guides
// ProductStockCreationService.cs. Behaviour: sandbox/src/kentico/stock-write.ts.
using System.Globalization;

using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Stock;

/// <summary>
/// Stores a batch of levels in one transaction. With pendingAsOf, the units of orders placed after that snapshot
/// and still without a Brightpearl id are taken off each level first: checkout already took them off the figure
/// being replaced, and a level computed before such an order would otherwise list its units again.
/// </summary>
public sealed class StockLevelWriter(
    IInfoProvider<StockLevelInfo> levels,
    IProductSkuCatalog catalog,
    PendingOrdersReader pendingOrders)
{
    public async Task<StockWriteResult> Write(StockWriteBody body, CancellationToken cancellationToken)
    {
        var requested = body.Levels.Select(level => level.Sku).ToList();
        using var scope = new CMSTransactionScope();
        var since = body.PendingAsOf is { } asOf
            ? await pendingOrders.UnitsSince(int.Parse(asOf, CultureInfo.InvariantCulture), cancellationToken)
            : new Dictionary<string, long>();
        var known = await catalog.Existing(requested, cancellationToken);
        var rows = await StockLevelReader.Rows(levels, requested, cancellationToken);
        long updated = 0, unchanged = 0;
        var unknown = new List<string>();
        foreach (var level in body.Levels)
        {
            if (!known.Contains(level.Sku))
            {
                unknown.Add(level.Sku);
                continue;
            }
            var available = (int)Math.Max(0, level.Available - since.GetValueOrDefault(level.Sku, 0));
            var row = rows.GetValueOrDefault(level.Sku) ?? new StockLevelInfo { StockLevelSKU = level.Sku };
            if (row.StockLevelID > 0 && row.StockLevelAvailable == available)
            {
                unchanged += 1;
                continue;
            }
            row.StockLevelAvailable = available;
            await levels.SetAsync(row, cancellationToken);
            rows[level.Sku] = row;
            updated += 1;
        }
        scope.Commit();
        return new StockWriteResult { Updated = updated, Unchanged = unchanged, UnknownSkus = unknown };
    }
}
