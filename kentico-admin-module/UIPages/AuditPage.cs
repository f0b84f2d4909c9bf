// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Admin/Features/ContactManagement/
// ContactActivityPathPage.cs: a custom-template Page<TProps> with [UIEvaluatePermission] and a [PageCommand].
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "audit",
    uiPageType: typeof(AuditPage),
    name: "Audit",
    templateName: AuditPage.TEMPLATE_NAME,
    order: 480)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Who replayed, discarded, resent, approved or rejected, changed mappings or settings, imported or ran a job, and when; filtered by action and by record. The template reads everything from the companion's /api/v1 with the admin token.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class AuditPage(CompanionSession session) : Page<CompanionClientProperties>
{
    /// <summary>The admin appends "Template": this loads AuditTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/Audit";

    public override Task<CompanionClientProperties> ConfigureTemplateProperties(CompanionClientProperties properties) =>
        session.Fill(properties, CancellationToken.None);

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));
}
