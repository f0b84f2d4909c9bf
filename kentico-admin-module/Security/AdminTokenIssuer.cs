// Mirrors Kentico/xperience-by-kentico-lucene src/Kentico.Xperience.Lucene.Admin/Components/
// LuceneSearchIndexConfigurationComponent.cs (IAuthenticatedUserAccessor.Get + IApplicationPermissionEvaluator with an
// ApplicationPermissionEvaluationContext) and the IInfoProvider<UserInfo> reads of Kentico/community-portal.
using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.UIPages;

using CMS.Core;
using CMS.DataEngine;
using CMS.Membership;
using CMS.Membership.Internal;

using Kentico.Membership;
using Kentico.Xperience.Admin.Base;
using Kentico.Xperience.Admin.Base.Authentication;

using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.Security;

/// <summary>
/// Mints the companion token for the signed-in admin user: "view" for anyone with the Brightpearl Connect
/// application's VIEW permission, plus "edit" with its UPDATE permission. Permissions are evaluated against this
/// application by name, so the order tab under Kentico's own Orders application grants exactly what the
/// Brightpearl Connect role settings say, not what the Orders application allows.
/// </summary>
public sealed class AdminTokenIssuer(
    IAuthenticatedUserAccessor userAccessor,
    IApplicationPermissionEvaluator permissionEvaluator,
    IInfoProvider<UserInfo> userProvider,
    IOptions<BrightpearlConnectOptions> options,
    TimeProvider clock)
{
    /// <summary>Null when the user lacks VIEW on Brightpearl Connect (the client then shows no companion data).</summary>
    public async Task<MintedToken?> IssueForCurrentUser(CancellationToken cancellationToken)
    {
        var user = await userAccessor.Get();
        if (!Has(user, SystemPermissions.VIEW))
        {
            return null;
        }
        var account = await userProvider.GetAsync(user.UserID, cancellationToken);
        var lifetime = Math.Min(options.Value.AdminTokenLifetimeSeconds, BrightpearlConnectOptions.MAX_TOKEN_LIFETIME_SECONDS);
        var now = clock.GetUtcNow();
        var request = new AdminTokenRequest(
            Subject: account?.UserGUID.ToString() ?? $"user-{user.UserID}",
            Name: FullName(account),
            CanEdit: Has(user, SystemPermissions.UPDATE),
            IssuedAt: now,
            ExpiresAt: now.AddSeconds(lifetime),
            Audience: options.Value.CompanionOrigin,
            InstallationId: options.Value.InstallationId);
        return AdminTokenMinter.Mint(options.Value.AdminTokenSecret, request);
    }

    private bool Has(AdminApplicationUser user, string permission) =>
        permissionEvaluator.Evaluate(new ApplicationPermissionEvaluationContext
        {
            ApplicationName = BrightpearlConnectApplication.IDENTIFIER,
            User = user,
            PermissionName = permission,
        });

    /// <summary>"First Last", or the user name when the profile has no name (the companion's audit log shows it).</summary>
    private static string? FullName(UserInfo? account)
    {
        if (account is null)
        {
            return null;
        }
        var name = $"{account.FirstName} {account.LastName}".Trim();
        return name.Length > 0 ? name : account.UserName;
    }
}
