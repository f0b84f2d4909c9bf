// IInfoProvider<T>.Get().WhereIn(...) as in Kentico/community-portal and Kentico/xperience-by-kentico-training-guides
// CountryService.cs. Behaviour: GET /stock in sandbox/src/kentico/stock-routes.ts.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Stock;

/// <summary>Current levels of the SKUs that have both a product and a stock row; each SKU answered once.</summary>
public sealed class StockLevelReader(IInfoProvider<StockLevelInfo> levels, IProductSkuCatalog catalog)
{
    public async Task<StockReadResult> Read(IReadOnlyList<string> skus, CancellationToken cancellationToken)
    {
        var distinct = skus.Distinct(StringComparer.Ordinal).ToList();
        var known = await catalog.Existing(distinct, cancellationToken);
        var rows = await Rows(levels, distinct, cancellationToken);
        return new StockReadResult
        {
            Levels = distinct
                .Where(sku => known.Contains(sku) && rows.ContainsKey(sku))
                .Select(sku => new StockLevel { Sku = sku, Available = rows[sku].StockLevelAvailable })
                .ToList(),
        };
    }

    /// <summary>Stock rows by exact SKU (SQL Server matches case-insensitively; the contract does not).</summary>
    internal static async Task<Dictionary<string, StockLevelInfo>> Rows(
        IInfoProvider<StockLevelInfo> levels, IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(skus, StringComparer.Ordinal);
        var rows = await levels.Get()
            .WhereIn(nameof(StockLevelInfo.StockLevelSKU), wanted.ToList())
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken);
        return rows
            .Where(row => wanted.Contains(row.StockLevelSKU))
            .GroupBy(row => row.StockLevelSKU, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }
}
