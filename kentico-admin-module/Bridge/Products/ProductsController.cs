// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs. Behaviour: sandbox/src/kentico/product-routes.ts.
using System.Text.Json.Serialization;

using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Products;

/// <summary>CATALOG_PATHS: the Brightpearl → Kentico import and reads of single products.</summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed class ProductsController(ProductRecords products) : ControllerBase
{
    [HttpPut(BridgeRoutes.Base + CatalogPaths.Products)]
    public async Task<IActionResult> Upsert(CancellationToken cancellationToken)
    {
        var body = BridgeJson.Parse<ProductUpsertBody>(BridgeSignatureFilter.RawBodyOf(HttpContext));
        if ((body.Failure ?? ProductChecks.Check(body.Value!)) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        return BridgeResults.Json(await products.Upsert(body.Value!.Products, cancellationToken));
    }

    /// <summary>?limit=&amp;offset= paging; not part of the shared contract (the simulator serves it for tests).</summary>
    [HttpGet(BridgeRoutes.Base + CatalogPaths.Products)]
    public async Task<IActionResult> List(CancellationToken cancellationToken)
    {
        var limit = ReadInt("limit", 100);
        var offset = ReadInt("offset", 0);
        if (limit is null or < 1 or > 1000)
        {
            return BridgeResults.Invalid(new BridgeFailure("Must be an integer from 1 to 1000", "limit"));
        }
        if (offset is null or < 0)
        {
            return BridgeResults.Invalid(new BridgeFailure("Must be a non-negative integer", "offset"));
        }
        var (page, total) = await products.List(offset.Value, limit.Value, cancellationToken);
        return BridgeResults.Json(new ProductListPage(page, total));
    }

    /// <summary>Before {sku} in meaning: "by-guid" is never taken for a SKU (two segments, literal first).</summary>
    [HttpGet(BridgeRoutes.Base + BridgeRoutes.ProductByGuidTemplate)]
    public async Task<IActionResult> ByGuid(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "guid", out var productGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var record = await products.ByGuid(productGuid, cancellationToken);
        return record is null ? BridgeResults.NotFound("Product", productGuid) : BridgeResults.Json(ProductRecords.ToKentico(record));
    }

    [HttpGet(BridgeRoutes.Base + CatalogPaths.ProductTemplate)]
    public async Task<IActionResult> BySku(string sku, CancellationToken cancellationToken)
    {
        // From the raw target: ASP.NET leaves %2F encoded in route values, decodeURIComponent does not.
        var rawSegment = BridgeSignatureFilter.RelativeTarget(HttpContext).Split('?')[0]["/products/".Length..];
        var exactSku = Uri.UnescapeDataString(rawSegment);
        var record = await products.BySku(exactSku, cancellationToken);
        return record is null
            ? BridgeResults.Error(StatusCodes.Status404NotFound, $"Product {exactSku} not found")
            : BridgeResults.Json(ProductRecords.ToKentico(record));
    }

    private int? ReadInt(string name, int fallback)
    {
        var raw = Request.Query[name].FirstOrDefault();
        return raw is null ? fallback : int.TryParse(raw, out var value) ? value : null;
    }

    /// <summary>GET /products page: the simulator's KenticoProductListPage (tests count what arrived with it).</summary>
    private sealed record ProductListPage(
        [property: JsonPropertyName("products")] IReadOnlyList<CatalogProduct> Products,
        [property: JsonPropertyName("total")] long Total);
}
