// Service registration in the style of Kentico/xperience-by-kentico-zapier ZapierServiceCollectionExtensions.cs; the
// controllers are found as an MVC application part, as Zapier's controllers are.
using BrightpearlConnect.Admin.Bridge.CatchUp;
using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Bridge.Customers;
using BrightpearlConnect.Admin.Bridge.Orders;
using BrightpearlConnect.Admin.Bridge.Products;
using BrightpearlConnect.Admin.Bridge.Refunds;
using BrightpearlConnect.Admin.Bridge.Stock;

using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace BrightpearlConnect.Admin.Bridge;

internal static class BridgeServiceCollectionExtensions
{
    /// <summary>The bridge's services (scoped: one set per bridge call, whatever lifetime Kentico gives the services they
    /// use), and its controllers as an application part unless MVC already found them.</summary>
    public static IServiceCollection AddBridgeServices(this IServiceCollection services)
    {
        services
            .AddScoped<CommerceReferenceData>()
            .AddScoped<OrderAddressReader>()
            .AddScoped<OrderReader>()
            .AddScoped<ModifiedOrdersReader>()
            .AddScoped<OrderStatusWriter>()
            .AddScoped<ShipmentWriter>()
            .AddScoped<PendingOrdersReader>()
            .AddScoped<StockLevelReader>()
            .AddScoped<StockLevelWriter>()
            .AddScoped<RefundStore>()
            .AddScoped<RefundRecorder>()
            .AddScoped<CustomerRecords>()
            .AddScoped<ModifiedRefundsReader>()
            .AddScoped<ModifiedCustomersReader>()
            .AddScoped<ProductRecords>()
            // A project whose products live in its own content types registers its own catalog after
            // AddBrightpearlConnect(): the last registration wins.
            .AddScoped<IProductSkuCatalog, ProductRecordSkuCatalog>();

        var assembly = typeof(BridgeServiceCollectionExtensions).Assembly;
        services.AddControllers().ConfigureApplicationPartManager(manager =>
        {
            if (!manager.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == assembly))
            {
                manager.ApplicationParts.Add(new AssemblyPart(assembly));
            }
        });
        return services;
    }
}
