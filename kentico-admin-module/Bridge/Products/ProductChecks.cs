// Plain .NET; the rules of CatalogProduct / ProductUpsertBody in shared-types/src/kentico/catalog.ts that
// System.Text.Json cannot enforce.
using BrightpearlConnect.Admin.Contracts;

namespace BrightpearlConnect.Admin.Bridge.Products;

internal static class ProductChecks
{
    public static BridgeFailure? Check(ProductUpsertBody body) => BridgeChecks.First(
        () => BridgeChecks.Count(body.Products, 1, CatalogConstants.MaxProductBatch, "products"),
        () => BridgeChecks.Each(body.Products, "products", Check));

    private static BridgeFailure? Check(CatalogProduct product, string field) => BridgeChecks.First(
        () => BridgeChecks.NotEmpty(product.Sku, $"{field}.sku"),
        // The contract sets no maximum here; the SKU column (like the Sku id type) holds 100 characters.
        () => product.Sku.Length <= SkuConstraints.MaxLength ? null : new BridgeFailure("Too long", $"{field}.sku"),
        () => BridgeChecks.NotEmpty(product.Name, $"{field}.name"),
        () => product.Price is { } price ? BridgeChecks.NonNegative(price, $"{field}.price") : null,
        () => product.CurrencyCode.Length == 3 ? null : new BridgeFailure("Must be 3 characters", $"{field}.currencyCode"),
        () => CatalogProductStatuses.All.Contains(product.Status) ? null : new BridgeFailure("Must be LIVE or ARCHIVED", $"{field}.status"),
        () => product.BrightpearlProductId is { } id ? BridgeChecks.PositiveId(id, $"{field}.brightpearlProductId") : null,
        () => product.ProductGroupId is { } group && group is < int.MinValue or > int.MaxValue
            ? new BridgeFailure("Out of range", $"{field}.productGroupId")
            : null);
}
