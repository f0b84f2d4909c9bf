// Mirrors Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/ZapierServiceCollectionExtensions.cs and
// Kentico/xperience-by-kentico-lucene src/Kentico.Xperience.Lucene.Core/LuceneStartupExtensions.cs (one Add* call in
// Program.cs, options bound from appsettings, AddHostedService) and, for AddInfoObjectEventHandler, Kentico/
// community-portal src/Kentico.Community.Portal.Web/Configuration/ServiceCollectionAppExtensions.cs.
using BrightpearlConnect.Admin.Bridge;
using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.Data;
using BrightpearlConnect.Admin.Events;
using BrightpearlConnect.Admin.Security;
using BrightpearlConnect.Admin.UIPages;

using CMS.Commerce;
using CMS.DataEngine;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>builder.Services.AddBrightpearlConnect() in the XbyK web app's Program.cs.</summary>
public static class BrightpearlConnectServiceCollectionExtensions
{
    public static IServiceCollection AddBrightpearlConnect(this IServiceCollection services)
    {
        services.AddOptions<BrightpearlConnectOptions>()
            .BindConfiguration(BrightpearlConnectOptions.SECTION)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrightpearlConnectOptions>, BrightpearlConnectOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OutboxSender.HTTP_CLIENT, client => client.Timeout = TimeSpan.FromSeconds(10));

        services
            .AddSingleton<BrightpearlConnectModuleInstaller>()
            .AddSingleton<OrderLinkStore>()
            .AddSingleton<CustomerLinkStore>()
            .AddSingleton<OutboxWriter>()
            .AddSingleton<OutboxSender>()
            .AddHostedService<OutboxDeliveryService>()
            .AddScoped<AdminTokenIssuer>()
            .AddScoped<CompanionSession>()
            .AddScoped<OrderDetailProperties>()
            .AddBridgeServices();

        return services
            .AddInfoObjectEventHandler<InfoObjectAfterInsertEvent<OrderInfo>, OrderEventHandler>()
            .AddInfoObjectEventHandler<InfoObjectBeforeUpdateEvent<OrderInfo>, OrderEventHandler>()
            .AddInfoObjectEventHandler<InfoObjectAfterInsertEvent<CustomerInfo>, CustomerEventHandler>()
            .AddInfoObjectEventHandler<InfoObjectBeforeUpdateEvent<CustomerInfo>, CustomerEventHandler>()
            .AddInfoObjectEventHandler<InfoObjectAfterInsertEvent<CustomerAddressInfo>, CustomerAddressEventHandler>()
            .AddInfoObjectEventHandler<InfoObjectBeforeUpdateEvent<CustomerAddressInfo>, CustomerAddressEventHandler>()
            .AddInfoObjectEventHandler<InfoObjectAfterInsertEvent<RefundInfo>, RefundEventHandler>();
    }
}
