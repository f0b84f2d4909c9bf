// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Admin/Features/ContactManagement/
// ContactActivityPathPage.cs: a custom-template Page<TProps> with [UIEvaluatePermission] and a [PageCommand].
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "settings",
    uiPageType: typeof(SettingsPage),
    name: "Settings",
    templateName: SettingsPage.TEMPLATE_NAME,
    order: 450)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Flows on/off, schedules, go-live date, alert recipients and the mapping document's other settings, with their effective values, saved as a new mapping version (editing needs edit). The template reads everything from the companion's /api/v1 with the admin token.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class SettingsPage(CompanionSession session) : Page<CompanionClientProperties>
{
    /// <summary>The admin appends "Template": this loads SettingsTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/Settings";

    public override Task<CompanionClientProperties> ConfigureTemplateProperties(CompanionClientProperties properties) =>
        session.Fill(properties, CancellationToken.None);

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));
}
