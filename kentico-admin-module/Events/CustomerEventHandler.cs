// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Web/Features/QAndA/Events/
// QAndAAnswerSearchIndexTaskHandler.cs (IInfoObjectEventHandler, Handle + HandleAsync) and the ChangedColumns()
// test of Kentico/community-portal .../Configuration/GlobalEventsModule.cs.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Events;

/// <summary>
/// customer.created after an insert, customer.updated before an update that changes something, each stamping the
/// customer's modified time. Bridge writes (origin brightpearl) are announced as well: the companion compares
/// field hashes, so its own echo costs it nothing.
/// </summary>
internal sealed class CustomerEventHandler(OutboxWriter outbox, CustomerLinkStore links) :
    IInfoObjectEventHandler<InfoObjectAfterInsertEvent<CustomerInfo>>,
    IInfoObjectEventHandler<InfoObjectBeforeUpdateEvent<CustomerInfo>>
{
    public void Handle(InfoObjectAfterInsertEvent<CustomerInfo> infoObjectEvent)
    {
        links.Touch(infoObjectEvent.InfoObject);
        outbox.Enqueue(KenticoEventTypes.CustomerCreated, infoObjectEvent.InfoObject.CustomerGUID);
    }

    public async Task HandleAsync(InfoObjectAfterInsertEvent<CustomerInfo> infoObjectEvent, CancellationToken cancellationToken)
    {
        await links.Touch(infoObjectEvent.InfoObject, cancellationToken);
        await outbox.Enqueue(KenticoEventTypes.CustomerCreated, infoObjectEvent.InfoObject.CustomerGUID, cancellationToken);
    }

    public void Handle(InfoObjectBeforeUpdateEvent<CustomerInfo> infoObjectEvent)
    {
        if (infoObjectEvent.InfoObject.ChangedColumns().Any())
        {
            links.Touch(infoObjectEvent.InfoObject);
            outbox.Enqueue(KenticoEventTypes.CustomerUpdated, infoObjectEvent.InfoObject.CustomerGUID);
        }
    }

    public async Task HandleAsync(InfoObjectBeforeUpdateEvent<CustomerInfo> infoObjectEvent, CancellationToken cancellationToken)
    {
        if (infoObjectEvent.InfoObject.ChangedColumns().Any())
        {
            await links.Touch(infoObjectEvent.InfoObject, cancellationToken);
            await outbox.Enqueue(KenticoEventTypes.CustomerUpdated, infoObjectEvent.InfoObject.CustomerGUID, cancellationToken);
        }
    }
}
