// IInfoProvider<T>.Get().WhereIn(column, values) as in Kentico/community-portal (FilteredFormNotificationAutomationAction
// .cs: WhereIn(nameof(UserInfo.UserName), ...)) and Kentico/xperience-by-kentico-training-guides CountryService.cs.
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Stock;

/// <summary>
/// Which SKUs have a product in Kentico. Stock rows hang off products, so a level for a SKU without one has nowhere
/// to go and is reported back as unknown. Replace this service if your products live only in your own content types
/// (see the install guide): register your implementation after AddBrightpearlConnect().
/// </summary>
public interface IProductSkuCatalog
{
    /// <summary>The subset of <paramref name="skus"/> that exist, compared exactly (SKUs are case-sensitive codes).</summary>
    Task<IReadOnlySet<string>> Existing(IReadOnlyCollection<string> skus, CancellationToken cancellationToken);
}

/// <summary>Default: a SKU exists when the extension's product table has it (imported or registered products).</summary>
public sealed class ProductRecordSkuCatalog(IInfoProvider<ProductRecordInfo> products) : IProductSkuCatalog
{
    public async Task<IReadOnlySet<string>> Existing(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        if (skus.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
        var found = await products.Get()
            .WhereIn(nameof(ProductRecordInfo.ProductRecordSKU), skus.Distinct().ToList())
            .Columns(nameof(ProductRecordInfo.ProductRecordSKU))
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken);
        // SQL Server compares case-insensitively; the contract does not, so the exact match is made here.
        var wanted = new HashSet<string>(skus, StringComparer.Ordinal);
        return found.Select(product => product.ProductRecordSKU).Where(wanted.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
