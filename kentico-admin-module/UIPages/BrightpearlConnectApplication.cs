using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;
using Kentico.Xperience.Admin.Base.UIPages;

[assembly: UIApplication(
    identifier: BrightpearlConnectApplication.IDENTIFIER,
    type: typeof(BrightpearlConnectApplication),
    slug: "brightpearl-connect",
    name: "Brightpearl Connect",
    category: BaseApplicationCategories.CONFIGURATION,
    icon: Icons.IntegrationScheme,
    templateName: TemplateNames.SECTION_LAYOUT)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Root of the "Brightpearl Connect" application in the admin navigation. Child pages hang under it.
/// </summary>
[UIPermission(SystemPermissions.VIEW)]
public class BrightpearlConnectApplication : ApplicationPage
{
    public const string IDENTIFIER = "BrightpearlConnect.Admin";
}
