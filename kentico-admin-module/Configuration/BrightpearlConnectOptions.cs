// Mirrors the options binding of Kentico/xperience-by-kentico-zapier
// src/Kentico.Xperience.Zapier/ZapierServiceCollectionExtensions.cs (AddOptions<T>().BindConfiguration).
using BrightpearlConnect.Admin.Contracts;

namespace BrightpearlConnect.Admin.Configuration;

/// <summary>
/// The appsettings section "BrightpearlConnect". Secrets live here (or in any configuration source the
/// host adds, e.g. Key Vault), never in the database and never in what the browser receives.
/// docs/kentico-extension.md lists every property; test/kentico-extension keeps the two in step.
/// </summary>
public sealed class BrightpearlConnectOptions
{
    public const string SECTION = "BrightpearlConnect";

    /// <summary>The companion's longest accepted admin-token lifetime (ADMIN_TOKEN_MAX_LIFETIME_SECONDS).</summary>
    public const int MAX_TOKEN_LIFETIME_SECONDS = AdminAuthConstants.AdminTokenMaxLifetimeSeconds;

    /// <summary>The companion's base URL. Events go to {CompanionUrl}/webhooks/kentico; the admin client calls
    /// {CompanionUrl}/api/v1 from the browser, so it must be reachable from both.</summary>
    public string CompanionUrl { get; set; } = string.Empty;

    /// <summary>HMAC key of the admin tokens: the companion's ADMIN_TOKEN_SECRET.</summary>
    public string AdminTokenSecret { get; set; } = string.Empty;

    /// <summary>HMAC key of the events this extension posts: the companion's KENTICO_SHARED_SECRET.</summary>
    public string EventSigningSecret { get; set; } = string.Empty;

    /// <summary>HMAC key the companion signs bridge calls with: also KENTICO_SHARED_SECRET today. A separate
    /// setting so the two directions can be rotated apart once the companion supports it.</summary>
    public string BridgeSigningSecret { get; set; } = string.Empty;

    /// <summary>During a rotation only: the bridge secret being replaced; bridge calls signed with it still pass.
    /// Empty once the companion signs with the new KENTICO_SHARED_SECRET (docs/security.md).</summary>
    public string BridgeSigningSecretPrevious { get; set; } = string.Empty;

    /// <summary>Names this installation: the companion's INSTALLATION_ID. Admin tokens carry it as "iid".</summary>
    public string InstallationId { get; set; } = string.Empty;

    /// <summary>The admin tokens' audience ("aud"): CompanionUrl's scheme, host and port, as the companion's
    /// default ADMIN_TOKEN_AUDIENCE (the origin of its PUBLIC_URL) writes it.</summary>
    public string CompanionOrigin =>
        Uri.TryCreate(CompanionUrl, UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : string.Empty;

    /// <summary>Seconds an admin token lives; the client refreshes it before then.</summary>
    public int AdminTokenLifetimeSeconds { get; set; } = 600;

    /// <summary>XbyK stores no currency on orders (single-currency stores): the ISO code the bridge reports.</summary>
    public string CurrencyCode { get; set; } = "GBP";

    /// <summary>Code name of the order status whose orders hold no stock (left out of pending orders).</summary>
    public string CancelledStatusName { get; set; } = "Cancelled";

    /// <summary>Problems that stop the site at start, named by setting (empty when the section is usable).</summary>
    public IEnumerable<string> Problems()
    {
        if (!Uri.TryCreate(CompanionUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            yield return $"{SECTION}:CompanionUrl must be an absolute http(s) URL";
        }
        foreach (var (name, value) in Secrets())
        {
            // The companion refuses secrets shorter than 32 characters; failing here names the cause.
            if (value.Length < 32)
            {
                yield return $"{SECTION}:{name} must be at least 32 characters";
            }
        }
        if (BridgeSigningSecretPrevious.Length is > 0 and < 32)
        {
            yield return $"{SECTION}:{nameof(BridgeSigningSecretPrevious)} must be empty or at least 32 characters";
        }
        if (!IsInstallationId(InstallationId))
        {
            yield return $"{SECTION}:{nameof(InstallationId)} must be 1-100 letters, digits or . _ : - (the companion's INSTALLATION_ID)";
        }
        if (AdminTokenLifetimeSeconds is < 60 or > MAX_TOKEN_LIFETIME_SECONDS)
        {
            yield return $"{SECTION}:AdminTokenLifetimeSeconds must be 60-{MAX_TOKEN_LIFETIME_SECONDS}";
        }
        if (CurrencyCode.Length != 3)
        {
            yield return $"{SECTION}:CurrencyCode must be a three-letter ISO code";
        }
    }

    // The companion's INSTALLATION_ID rule: ^[A-Za-z0-9._:-]{1,100}$.
    private static bool IsInstallationId(string value) =>
        value.Length is >= 1 and <= 100 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    private IEnumerable<(string Name, string Value)> Secrets() =>
    [
        (nameof(AdminTokenSecret), AdminTokenSecret),
        (nameof(EventSigningSecret), EventSigningSecret),
        (nameof(BridgeSigningSecret), BridgeSigningSecret),
    ];
}
