// Route constants; the paths themselves come from Contracts/Generated (BridgePaths, LifecyclePaths, StockPaths,
// CatalogPaths, LookupPaths), generated from the shared-types path objects.
namespace BrightpearlConnect.Admin.Bridge;

/// <summary>
/// Every bridge action is routed at Base + a generated path template, e.g.
/// [HttpGet(BridgeRoutes.Base + BridgePaths.OrderTemplate)], so a path changed in shared-types changes here on the
/// next generation. test/kentico-extension/bridge-routes.test.ts checks each verb and path against the simulator.
/// </summary>
internal static class BridgeRoutes
{
    /// <summary>Where the bridge lives in the site: KENTICO_BRIDGE_URL is https://your-site/bpconnect/v1.</summary>
    public const string Base = "/bpconnect/v1";

    /// <summary>The companion builds this one outside CATALOG_PATHS (bridge-client.ts getProductByGuid).</summary>
    public const string ProductByGuidTemplate = "/products/by-guid/{guid}";
}
