// The tab under Kentico's own order page. Registration mirrors Kentico/xperience-by-kentico-crm
// src/Kentico.Xperience.CRM.Common/Admin/CRMSyncItemListing.cs ("CRM sync" tab under Kentico's FormEditSection) and
// Kentico/community-portal ContactActivityPathPage.cs (custom template under ContactEditSection).
//
// UNCONFIRMED: the type of Kentico's order edit section is not public. By analogy with CustomerEditSection it is
// assumed to be Kentico.Xperience.Admin.DigitalCommerce.UIPages.OrderEditSection. Check System > UI tree on your
// XbyK version first (docs/kentico-extension.md, "The order tab"), fix the alias below if the name differs, then
// build with -p:BpConnectNativeOrderTab=true. Without that flag this file compiles to nothing.
#if BPCONNECT_NATIVE_ORDER_TAB
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

using KenticoOrderSection = Kentico.Xperience.Admin.DigitalCommerce.UIPages.OrderEditSection;

[assembly: UIPage(
    parentType: typeof(KenticoOrderSection),
    slug: "brightpearl",
    uiPageType: typeof(OrderDetailTab),
    name: "Brightpearl",
    templateName: OrderDetailPage.TEMPLATE_NAME,
    order: 1000,
    Icon = Icons.IntegrationScheme)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// "Brightpearl" tab of a Kentico order: sync state, Brightpearl id and link, shipments, resend. VIEW is evaluated
/// on the Orders application (where the tab lives); what the token allows is decided by Brightpearl Connect's own
/// permissions (AdminTokenIssuer), so an Orders-only user sees an empty token and no companion data.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class OrderDetailTab(CompanionSession session, OrderDetailProperties orderProperties)
    : Page<OrderDetailClientProperties>
{
    [PageParameter(typeof(IntPageModelBinder), typeof(KenticoOrderSection))]
    public int OrderId { get; set; }

    public override async Task<OrderDetailClientProperties> ConfigureTemplateProperties(OrderDetailClientProperties properties)
    {
        await orderProperties.Fill(properties, OrderId, CancellationToken.None);
        return await session.Fill(properties, CancellationToken.None);
    }

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));
}
#endif
