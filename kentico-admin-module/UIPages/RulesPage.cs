// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Admin/Features/ContactManagement/
// ContactActivityPathPage.cs: a custom-template Page<TProps> with [UIEvaluatePermission] and a [PageCommand].
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "rules",
    uiPageType: typeof(RulesPage),
    name: "Rules & checks",
    templateName: RulesPage.TEMPLATE_NAME,
    order: 410)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// The ordered business rules (hold, route, note, tag, skip) and the order checks, saved as a new mapping version (editing needs edit). The template reads everything from the companion's /api/v1 with the admin token.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class RulesPage(CompanionSession session) : Page<CompanionClientProperties>
{
    /// <summary>The admin appends "Template": this loads RulesTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/Rules";

    public override Task<CompanionClientProperties> ConfigureTemplateProperties(CompanionClientProperties properties) =>
        session.Fill(properties, CancellationToken.None);

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));
}
