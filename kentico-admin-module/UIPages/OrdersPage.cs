// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Admin/Features/ContactManagement/
// ContactActivityPathPage.cs (Page<TProps> + [PageCommand]) and, for OpenOrderDetail, the NavigateTo(
// pageLinkGenerator.GetPath<T>(new PageParameterValues { ... })) of Kentico/xperience-by-kentico-zapier
// src/Kentico.Xperience.Zapier/Admin/UIPages/ZapierApiKeyListingPage.cs.
using BrightpearlConnect.Admin.UIPages;

using CMS.Commerce;
using CMS.DataEngine;
using CMS.Membership;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(BrightpearlConnectApplication),
    slug: "orders",
    uiPageType: typeof(OrdersPage),
    name: "Orders",
    templateName: OrdersPage.TEMPLATE_NAME,
    order: 200)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// Orders with their sync state and timeline, searchable, with "resend" (edit permission). The list comes from
/// the companion; OpenOrderDetail turns an order GUID from that list into Kentico's OrderID and opens the order's
/// Brightpearl detail page below this one.
/// </summary>
[UIEvaluatePermission(SystemPermissions.VIEW)]
public sealed class OrdersPage(
    CompanionSession session,
    IInfoProvider<OrderInfo> orderProvider,
    IPageLinkGenerator pageLinkGenerator) : Page<CompanionClientProperties>
{
    /// <summary>The admin appends "Template": this loads OrdersTemplate from @bpconnect/web-admin.</summary>
    public const string TEMPLATE_NAME = "@bpconnect/web-admin/Orders";

    public override Task<CompanionClientProperties> ConfigureTemplateProperties(CompanionClientProperties properties) =>
        session.Fill(properties, CancellationToken.None);

    /// <summary>The client calls this before the token expires: { adminToken, tokenExpiresAt }.</summary>
    [PageCommand]
    public async Task<ICommandResponse> RefreshAdminToken(CancellationToken cancellationToken) =>
        ResponseFrom(await session.Refresh(cancellationToken));

    /// <summary>Data { orderGuid }: navigates to the order's page, or reports that Kentico has no such order.</summary>
    [PageCommand]
    public async Task<ICommandResponse> OpenOrderDetail(OpenOrderDetailArguments arguments, CancellationToken cancellationToken)
    {
        var order = Guid.TryParse(arguments.OrderGuid, out var guid)
            ? (await orderProvider.Get()
                .WhereEquals(nameof(OrderInfo.OrderGUID), guid)
                .TopN(1)
                .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
                .FirstOrDefault()
            : null;
        if (order is null)
        {
            return Response().AddErrorMessage($"Kentico has no order {arguments.OrderGuid}.");
        }
        return NavigateTo(pageLinkGenerator.GetPath<OrderDetailPage>(new PageParameterValues
        {
            { typeof(OrderSection), order.OrderID },
        }));
    }
}

/// <summary>Data of the OpenOrderDetail command (camelCase on the wire: orderGuid).</summary>
public sealed class OpenOrderDetailArguments
{
    public string OrderGuid { get; set; } = string.Empty;
}
