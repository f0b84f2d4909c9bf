// Client properties as in Kentico/community-portal src/Kentico.Community.Portal.Admin (TemplateClientProperties
// subclasses, serialised camelCase by the admin).
using Kentico.Xperience.Admin.Base;

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// What every Brightpearl Connect template receives: where the companion is and a short-lived token to call it
/// with (camelCase on the wire: companionUrl, adminToken, tokenExpiresAt). An empty token means the user may not
/// see Brightpearl Connect data (only possible on the order tab, which lives in the Orders application).
/// </summary>
public class CompanionClientProperties : TemplateClientProperties
{
    public string CompanionUrl { get; set; } = string.Empty;

    public string AdminToken { get; set; } = string.Empty;

    /// <summary>ISO 8601 UTC instant; the client calls RefreshAdminToken before it.</summary>
    public string TokenExpiresAt { get; set; } = string.Empty;
}

/// <summary>The order detail template also gets the order (camelCase: orderGuid, orderNumber).</summary>
public sealed class OrderDetailClientProperties : CompanionClientProperties
{
    public string OrderGuid { get; set; } = string.Empty;

    public string OrderNumber { get; set; } = string.Empty;
}

/// <summary>The answer of every page's RefreshAdminToken command: { adminToken, tokenExpiresAt }.</summary>
public sealed class AdminTokenResult
{
    public string AdminToken { get; set; } = string.Empty;

    public string TokenExpiresAt { get; set; } = string.Empty;
}
