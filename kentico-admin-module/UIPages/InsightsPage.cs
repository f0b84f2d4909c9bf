// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Admin/Features/ContactManagement/
// ContactActivityPathPage.cs: a custom-template Page<TProps> with [UIEvaluatePermission] and a [PageCommand].
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "insights",
    uiPageType: typeof(InsightsPage),
    name: "Insights",
    templateName: InsightsPage.TEMPLATE_NAME,
    order: 150)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Charts over time for the merchant: orders and stock pushes per hour, failures by reason, Brightpearl budget use per minute, order latency p50/p95 (view permission). The template reads everything from the companion's /api/v1 with the admin token.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class InsightsPage(CompanionSession session) : Page<CompanionClientProperties>
{
    /// <summary>The admin appends "Template": this loads InsightsTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/Insights";

    public override Task<CompanionClientProperties> ConfigureTemplateProperties(CompanionClientProperties properties) =>
        session.Fill(properties, CancellationToken.None);

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));
}
