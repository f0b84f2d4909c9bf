// Status change = set OrderOrderStatusID and SetAsync, inside a CMSTransactionScope, then
// IOrderNotificationService.SendNotification with OrderNotificationSendException caught: all as Kentico's Dancing
// Goat OrderService does (Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services/OrderService.cs).
using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

using Microsoft.Extensions.Logging;

namespace BrightpearlConnect.Admin.Bridge.Orders;

public enum StatusOutcome
{
    Changed,
    Unchanged,
    UnknownStatus,
}

/// <summary>
/// Sets an order's status by code name, as a save in the Orders application does: the object-event handler then
/// announces order.status-changed whoever saved, and the status e-mails configured in Commerce configuration go out.
/// The origin is kept in the extension's row only (a thin event cannot carry it).
/// </summary>
public sealed class OrderStatusWriter(
    IInfoProvider<OrderInfo> orders,
    CommerceReferenceData reference,
    OrderLinkStore links,
    IOrderNotificationService notifications,
    ILogger<OrderStatusWriter> logger)
{
    public async Task<StatusOutcome> Apply(OrderInfo order, SetOrderStatusBody change, CancellationToken cancellationToken)
    {
        var status = await reference.StatusByName(change.StatusName, cancellationToken);
        if (status is null)
        {
            return StatusOutcome.UnknownStatus;
        }
        if (status.OrderStatusID == order.OrderOrderStatusID)
        {
            // Same status again: no save, so no event and no second e-mail.
            return StatusOutcome.Unchanged;
        }
        using (var scope = new CMSTransactionScope())
        {
            var link = await links.Ensure(order, cancellationToken);
            link.OrderLinkStatusOrigin = change.Origin;
            await links.Save(link, cancellationToken);
            order.OrderOrderStatusID = status.OrderStatusID;
            await orders.SetAsync(order, cancellationToken);
            scope.Commit();
        }
        await Notify(order, cancellationToken);
        return StatusOutcome.Changed;
    }

    private async Task Notify(OrderInfo order, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.SendNotification(order.OrderID, cancellationToken);
        }
        catch (OrderNotificationSendException error)
        {
            // The status is saved; a failed customer e-mail must not make the companion retry the status write.
            logger.LogError(error, "Status e-mail for order {OrderID} could not be sent", order.OrderID);
        }
    }
}
