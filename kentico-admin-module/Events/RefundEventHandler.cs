// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Web/Features/QAndA/Events/
// QAndAAnswerSearchIndexTaskHandler.cs (IInfoObjectEventHandler on a module class of its own).
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Events;

/// <summary>
/// refund.created for a refund made in Kentico (whatever code or screen inserts the RefundInfo). Refunds the
/// companion recorded for a Brightpearl credit are not announced: that would only echo back to it.
/// </summary>
internal sealed class RefundEventHandler(OutboxWriter outbox) : IInfoObjectEventHandler<InfoObjectAfterInsertEvent<RefundInfo>>
{
    public void Handle(InfoObjectAfterInsertEvent<RefundInfo> infoObjectEvent)
    {
        if (IsKenticoRefund(infoObjectEvent.InfoObject))
        {
            outbox.Enqueue(KenticoEventTypes.RefundCreated, infoObjectEvent.InfoObject.RefundGUID);
        }
    }

    public Task HandleAsync(InfoObjectAfterInsertEvent<RefundInfo> infoObjectEvent, CancellationToken cancellationToken) =>
        IsKenticoRefund(infoObjectEvent.InfoObject)
            ? outbox.Enqueue(KenticoEventTypes.RefundCreated, infoObjectEvent.InfoObject.RefundGUID, cancellationToken)
            : Task.CompletedTask;

    private static bool IsKenticoRefund(RefundInfo refund) => refund.RefundOrigin == SyncOrigins.Kentico;
}
