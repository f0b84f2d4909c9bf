// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Admin/Features/ContactManagement/
// ContactActivityPathPage.cs: a custom-template Page<TProps> with [UIEvaluatePermission] and a [PageCommand].
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "jobs",
    uiPageType: typeof(JobsPage),
    name: "Jobs",
    templateName: JobsPage.TEMPLATE_NAME,
    order: 470)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Catalog import and full stock compare: progress (done of total, time left), Run now (needs edit) and each schedule's last and next run. The template reads everything from the companion's /api/v1 with the admin token.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class JobsPage(CompanionSession session) : Page<CompanionClientProperties>
{
    /// <summary>The admin appends "Template": this loads JobsTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/Jobs";

    public override Task<CompanionClientProperties> ConfigureTemplateProperties(CompanionClientProperties properties) =>
        session.Fill(properties, CancellationToken.None);

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));
}
