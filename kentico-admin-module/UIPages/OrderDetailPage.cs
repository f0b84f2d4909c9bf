// Mirrors Kentico/xperience-by-kentico-crm src/Kentico.Xperience.CRM.Common/Admin/CRMSyncItemListing.cs (a page
// under a parameterized section, [PageParameter(typeof(IntPageModelBinder), typeof(Section))]) with the custom
// template of Kentico/community-portal ContactActivityPathPage.cs.
using BrightpearlConnect.Admin.UIPages;

using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(OrderSection),
    slug: "brightpearl",
    uiPageType: typeof(OrderDetailPage),
    name: "Brightpearl",
    templateName: OrderDetailPage.TEMPLATE_NAME,
    order: 100)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>The Brightpearl view of one order inside the Brightpearl Connect application.</summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class OrderDetailPage(CompanionSession session, OrderDetailProperties orderProperties)
    : Page<OrderDetailClientProperties>
{
    /// <summary>The admin appends "Template": this loads OrderDetailTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/OrderDetail";

    /// <summary>Commerce_Order.OrderID from the section's URL segment.</summary>
    [PageParameter(typeof(IntPageModelBinder), typeof(OrderSection))]
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
