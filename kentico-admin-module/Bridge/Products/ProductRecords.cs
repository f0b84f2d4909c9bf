// IInfoProvider<T> reads/upserts as in Kentico/xperience-by-kentico-training-guides ProductStockCreationService.cs;
// GetCountAsync as in Kentico/community-portal FormSubmissionsTabExtender.cs. Behaviour: sandbox/src/kentico/
// product-store.ts (upsert by SKU, never a second record for a SKU, never a change of who authored it).
using System.Text.Json;

using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Products;

/// <summary>The extension's product table as the catalog contract sees it.</summary>
public sealed class ProductRecords(IInfoProvider<ProductRecordInfo> products)
{
    /// <summary>Imported products carry no tax rate in the contract; the merchant's products set their own.</summary>
    private const decimal IMPORTED_TAX_RATE = 0m;

    public async Task<ProductRecordInfo?> BySku(string sku, CancellationToken cancellationToken) =>
        (await products.Get()
            .WhereEquals(nameof(ProductRecordInfo.ProductRecordSKU), sku)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault(product => product.ProductRecordSKU == sku);

    public async Task<ProductRecordInfo?> ByGuid(Guid productGuid, CancellationToken cancellationToken) =>
        (await products.Get()
            .WhereEquals(nameof(ProductRecordInfo.ProductRecordGUID), productGuid)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();

    /// <summary>Idempotent, so an import resumed after a crash duplicates nothing. Writes raise no events: an import
    /// must not echo back to the companion as product.updated.</summary>
    public async Task<ProductUpsertResult> Upsert(IReadOnlyList<CatalogProduct> batch, CancellationToken cancellationToken)
    {
        long created = 0, updated = 0, unchanged = 0;
        foreach (var product in batch)
        {
            var existing = await BySku(product.Sku, cancellationToken);
            if (existing is not null && SameContent(existing, product))
            {
                unchanged += 1;
                continue;
            }
            var row = existing ?? NewRecord(product.Sku);
            Apply(row, product);
            await products.SetAsync(row, cancellationToken);
            if (existing is null)
            {
                created += 1;
            }
            else
            {
                updated += 1;
            }
        }
        return new ProductUpsertResult { Created = created, Updated = updated, Unchanged = unchanged };
    }

    public async Task<(IReadOnlyList<CatalogProduct> Page, long Total)> List(int offset, int limit, CancellationToken cancellationToken)
    {
        var rows = await products.Get()
            .OrderBy(nameof(ProductRecordInfo.ProductRecordID))
            .TopN(offset + limit)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken);
        var total = await products.Get().GetCountAsync();
        return (rows.Skip(offset).Select(ToCatalog).ToList(), total);
    }

    public static CatalogProduct ToCatalog(ProductRecordInfo row) => new()
    {
        Sku = row.ProductRecordSKU,
        Name = row.ProductRecordName,
        ProductGroupId = row.ProductRecordGroupID,
        Variations = JsonSerializer.Deserialize<List<CatalogVariation>>(row.ProductRecordVariations, BridgeJson.Options) ?? [],
        Price = row.ProductRecordPrice,
        CurrencyCode = row.ProductRecordCurrencyCode,
        Status = row.ProductRecordStatus,
        BrightpearlProductId = row.ProductRecordBrightpearlProductID,
        Description = row.ProductRecordDescription,
        CustomFields = row.ProductRecordCustomFields is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(row.ProductRecordCustomFields, BridgeJson.Options),
    };

    public static KenticoProduct ToKentico(ProductRecordInfo row) => new()
    {
        Sku = row.ProductRecordSKU,
        Name = row.ProductRecordName,
        Price = row.ProductRecordPrice,
        TaxRate = row.ProductRecordTaxRate,
        StockTracked = row.ProductRecordStockTracked,
        BrightpearlProductId = row.ProductRecordBrightpearlProductID,
    };

    /// <summary>Content equality on the catalog fields only; everything else on the row belongs to Kentico.</summary>
    private static bool SameContent(ProductRecordInfo row, CatalogProduct product) =>
        JsonSerializer.Serialize(ToCatalog(row), BridgeJson.Options) == JsonSerializer.Serialize(product, BridgeJson.Options);

    private static ProductRecordInfo NewRecord(string sku) => new()
    {
        ProductRecordGUID = Guid.NewGuid(),
        ProductRecordSKU = sku,
        ProductRecordTaxRate = IMPORTED_TAX_RATE,
        ProductRecordStockTracked = true,
        ProductRecordAuthoredIn = SyncOrigins.Brightpearl,
    };

    private static void Apply(ProductRecordInfo row, CatalogProduct product)
    {
        row.ProductRecordName = product.Name;
        row.ProductRecordGroupID = (int?)product.ProductGroupId;
        row.ProductRecordVariations = JsonSerializer.Serialize(product.Variations, BridgeJson.Options);
        row.ProductRecordPrice = product.Price;
        row.ProductRecordCurrencyCode = product.CurrencyCode;
        row.ProductRecordStatus = product.Status;
        row.ProductRecordBrightpearlProductID = (int?)product.BrightpearlProductId;
        // Transforms own these two: a product sent without them (no transform any more) clears them.
        row.ProductRecordDescription = product.Description;
        row.ProductRecordCustomFields = product.CustomFields is null
            ? null
            : JsonSerializer.Serialize(product.CustomFields, BridgeJson.Options);
    }
}
