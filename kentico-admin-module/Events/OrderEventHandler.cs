// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Web/Features/QAndA/Events/
// QAndAAnswerSearchIndexTaskHandler.cs (IInfoObjectEventHandler with Handle + HandleAsync) and, for the change
// test, the ChangedColumns() checks in Kentico/community-portal .../Configuration/GlobalEventsModule.cs.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Events;

/// <summary>
/// order.created after an insert (with the order's extension row), order.status-changed or order.updated before
/// an update. Updates are classified before the save because ChangedColumns() is only known then; an update that
/// then fails leaves at worst a spurious thin event, which the companion answers by re-reading an unchanged order.
/// Brightpearl-caused status changes are announced too: a thin event cannot say who changed what, so the
/// companion recognises its own writes (it remembers the status it set).
/// </summary>
internal sealed class OrderEventHandler(OutboxWriter outbox, OrderLinkStore links) :
    IInfoObjectEventHandler<InfoObjectAfterInsertEvent<OrderInfo>>,
    IInfoObjectEventHandler<InfoObjectBeforeUpdateEvent<OrderInfo>>
{
    public void Handle(InfoObjectAfterInsertEvent<OrderInfo> infoObjectEvent)
    {
        links.Create(infoObjectEvent.InfoObject);
        outbox.Enqueue(KenticoEventTypes.OrderCreated, infoObjectEvent.InfoObject.OrderGUID);
    }

    public async Task HandleAsync(InfoObjectAfterInsertEvent<OrderInfo> infoObjectEvent, CancellationToken cancellationToken)
    {
        await links.Create(infoObjectEvent.InfoObject, cancellationToken);
        await outbox.Enqueue(KenticoEventTypes.OrderCreated, infoObjectEvent.InfoObject.OrderGUID, cancellationToken);
    }

    public void Handle(InfoObjectBeforeUpdateEvent<OrderInfo> infoObjectEvent)
    {
        if (UpdateType(infoObjectEvent.InfoObject) is { } type)
        {
            outbox.Enqueue(type, infoObjectEvent.InfoObject.OrderGUID);
        }
    }

    public async Task HandleAsync(InfoObjectBeforeUpdateEvent<OrderInfo> infoObjectEvent, CancellationToken cancellationToken)
    {
        if (UpdateType(infoObjectEvent.InfoObject) is { } type)
        {
            await outbox.Enqueue(type, infoObjectEvent.InfoObject.OrderGUID, cancellationToken);
        }
    }

    /// <summary>Null when nothing but the modified time changed (a save that changes nothing is no event).</summary>
    private static string? UpdateType(OrderInfo order)
    {
        var changed = order.ChangedColumns();
        if (changed.Contains(nameof(OrderInfo.OrderOrderStatusID)))
        {
            return KenticoEventTypes.OrderStatusChanged;
        }
        return changed.Any(column => column != nameof(OrderInfo.OrderModifiedWhen)) ? KenticoEventTypes.OrderUpdated : null;
    }
}
