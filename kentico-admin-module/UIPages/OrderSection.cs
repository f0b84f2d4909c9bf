// Mirrors Kentico/xperience-by-kentico-training-guides (branch finished)
// src/TrainingGuides.Admin/Pages/ProductStock/ProductStockEditSection.cs and the parameterized sections of
// Kentico/community-portal (EditSectionPage<TInfo> at PageParameterConstants.PARAMETERIZED_SLUG).
using BrightpearlConnect.Admin.UIPages;

using CMS.Commerce;
using CMS.DataEngine;

using Kentico.Xperience.Admin.Base;

[assembly: UIPage(
    parentType: typeof(OrdersPage),
    slug: PageParameterConstants.PARAMETERIZED_SLUG,
    uiPageType: typeof(OrderSection),
    name: "Order",
    templateName: TemplateNames.SECTION_LAYOUT,
    order: UIPageOrder.NoOrder)]

namespace BrightpearlConnect.Admin.UIPages;

/// <summary>
/// One Kentico order inside Brightpearl Connect (/brightpearl-connect/orders/{OrderID}/...). It exists so the
/// order detail is reachable in every installation, including those that have not switched on the tab under
/// Kentico's own order page (see OrderDetailTab).
/// </summary>
[UINavigation(false)]
public sealed class OrderSection : EditSectionPage<OrderInfo>
{
    /// <summary>"Order ORD#000123" in the breadcrumbs instead of a bare id.</summary>
    protected override Task<string> GetObjectDisplayName(BaseInfo infoObject) =>
        Task.FromResult(infoObject is OrderInfo order ? $"Order {order.OrderNumber}" : "Order");
}
