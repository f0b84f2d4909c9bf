using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

using Microsoft.Extensions.Configuration;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "dashboard",
    uiPageType: typeof(SyncDashboard),
    name: "Dashboard",
    templateName: SyncDashboard.TEMPLATE_NAME,
    order: 100)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Sync overview. The React template (export <c>SyncDashboardTemplate</c> of Client/src/entry.tsx) calls
/// GET {CompanionUrl}/api/status on the companion service with the admin token as a Bearer token.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public class SyncDashboard(IConfiguration configuration) : Page<SyncDashboardClientProperties>
{
    /// <summary>The admin appends "Template": this loads SyncDashboardTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/SyncDashboard";

    /// <summary>appsettings.json key holding the companion service base URL, as the admin's browser reaches it.</summary>
    public const string COMPANION_URL_KEY = "BrightpearlConnect:CompanionUrl";

    public override Task<SyncDashboardClientProperties> ConfigureTemplateProperties(SyncDashboardClientProperties properties)
    {
        properties.CompanionUrl = configuration[COMPANION_URL_KEY] ?? string.Empty;
        properties.AdminToken = MintAdminToken();
        return Task.FromResult(properties);
    }

    /// <summary>
    /// STUB, NOT IMPLEMENTED: issue #6 will mint a short-lived signed token the companion service accepts
    /// (shared secret from configuration, never sent to the browser). Until then this throws, so opening
    /// the Dashboard page fails on purpose instead of sending an unauthenticated or fake token.
    /// </summary>
    private static string MintAdminToken() =>
        throw new NotImplementedException(
            "Brightpearl Connect: admin token minting for the companion service is not implemented yet (issue #6).");
}

/// <summary>Client properties of the SyncDashboard template (serialised camelCase: companionUrl, adminToken).</summary>
public class SyncDashboardClientProperties : TemplateClientProperties
{
    public string CompanionUrl { get; set; } = string.Empty;

    public string AdminToken { get; set; } = string.Empty;
}
