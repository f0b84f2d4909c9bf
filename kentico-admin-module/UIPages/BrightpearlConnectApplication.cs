// Mirrors Kentico/xperience-by-kentico-training-guides (branch finished)
// src/TrainingGuides.Admin/Pages/ProductStock/ProductStockApplication.cs: an application in the Digital commerce
// category with VIEW and UPDATE permissions.
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;
using Kentico.Xperience.Admin.DigitalCommerce.UIPages;

[assembly: UIApplication(
    identifier: BrightpearlConnectApplication.IDENTIFIER,
    type: typeof(BrightpearlConnectApplication),
    slug: "brightpearl-connect",
    name: "Brightpearl Connect",
    category: DigitalCommerceApplicationCategories.DIGITAL_COMMERCE,
    icon: Icons.IntegrationScheme,
    templateName: TemplateNames.SECTION_LAYOUT)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Root of the "Brightpearl Connect" application, next to Orders and Customers. VIEW lets a role read the sync
/// (its admin token carries "view"); UPDATE lets it replay, discard, resend and change mappings ("edit").
/// </summary>
[UIPermission(SystemPermissions.VIEW)]
[UIPermission(SystemPermissions.UPDATE)]
public sealed class BrightpearlConnectApplication : ApplicationPage
{
    /// <summary>Also the application name permissions are evaluated against (see AdminTokenIssuer).</summary>
    public const string IDENTIFIER = "BrightpearlConnect.Admin";
}
