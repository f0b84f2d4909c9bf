// Plain service; the pages that use it mirror Kentico/community-portal
// src/Kentico.Community.Portal.Admin/Features/ContactManagement/ContactActivityPathPage.cs (Page<TProps> +
// [PageCommand] returning ResponseFrom).
using System.Globalization;

using BrightpearlConnect.Admin.Configuration;
using BrightpearlConnect.Admin.Security;

using Microsoft.Extensions.Options;

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Fills the companion settings into a template's properties and renews the token. Every page delegates here, so
/// the token rules (who gets "edit", how long it lives) exist once.
/// </summary>
public sealed class CompanionSession(AdminTokenIssuer issuer, IOptions<BrightpearlConnectOptions> options)
{
    public async Task<T> Fill<T>(T properties, CancellationToken cancellationToken)
        where T : CompanionClientProperties
    {
        var token = await Refresh(cancellationToken);
        properties.CompanionUrl = options.Value.CompanionUrl.TrimEnd('/');
        properties.AdminToken = token.AdminToken;
        properties.TokenExpiresAt = token.TokenExpiresAt;
        return properties;
    }

    public async Task<AdminTokenResult> Refresh(CancellationToken cancellationToken)
    {
        var minted = await issuer.IssueForCurrentUser(cancellationToken);
        return new AdminTokenResult
        {
            AdminToken = minted?.Token ?? string.Empty,
            TokenExpiresAt = minted is null ? string.Empty : Iso(minted.ExpiresAt),
        };
    }

    /// <summary>The format of JavaScript's Date.toISOString, which the client parses.</summary>
    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
