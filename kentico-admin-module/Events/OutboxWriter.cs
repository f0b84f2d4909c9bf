// The outbox row replaces the in-memory ThreadQueueWorker.Enqueue of Kentico/xperience-by-kentico-crm
// src/Kentico.Xperience.CRM.Dynamics/DynamicsIntegrationGlobalEvents.cs: a row survives a restart, a queue does not.
using BrightpearlConnect.Admin.Bridge;
using BrightpearlConnect.Admin.Data;

using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Events;

/// <summary>
/// Records a thin event (type + object GUID, never data) for later delivery. Called inside the transaction that
/// saves the object, so the event exists exactly when the change does; nothing here talks to the network.
/// </summary>
public sealed class OutboxWriter(IInfoProvider<OutboxEventInfo> provider, TimeProvider clock)
{
    public void Enqueue(string type, Guid objectGuid) => provider.Set(NewEvent(type, objectGuid));

    public Task Enqueue(string type, Guid objectGuid, CancellationToken cancellationToken) =>
        provider.SetAsync(NewEvent(type, objectGuid), cancellationToken);

    private OutboxEventInfo NewEvent(string type, Guid objectGuid)
    {
        var now = WireTime.ServerNow(clock);
        return new OutboxEventInfo
        {
            OutboxEventGUID = Guid.NewGuid(),
            OutboxEventType = type,
            OutboxEventObjectGUID = objectGuid,
            OutboxEventOccurredWhen = now,
            OutboxEventAttempts = 0,
            OutboxEventNextAttemptWhen = now,
        };
    }
}
