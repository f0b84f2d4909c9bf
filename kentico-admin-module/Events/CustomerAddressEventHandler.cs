// Mirrors Kentico/community-portal src/Kentico.Community.Portal.Web/Features/QAndA/Events/
// QAndAAnswerSearchIndexTaskHandler.cs; the CustomerInfo read is IInfoProvider<T>.Get(id)/GetAsync(id) as in
// Kentico/xperience-by-kentico-zapier ZapierApiKeyListingPage.cs and the Dancing Goat OrderService.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Events;

/// <summary>A customer's address is part of the customer as Brightpearl sees it: any insert or change of one is
/// announced as customer.updated of its customer.</summary>
internal sealed class CustomerAddressEventHandler(
    OutboxWriter outbox,
    CustomerLinkStore links,
    IInfoProvider<CustomerInfo> customerProvider) :
    IInfoObjectEventHandler<InfoObjectAfterInsertEvent<CustomerAddressInfo>>,
    IInfoObjectEventHandler<InfoObjectBeforeUpdateEvent<CustomerAddressInfo>>
{
    public void Handle(InfoObjectAfterInsertEvent<CustomerAddressInfo> infoObjectEvent) => Announce(infoObjectEvent.InfoObject);

    public Task HandleAsync(InfoObjectAfterInsertEvent<CustomerAddressInfo> infoObjectEvent, CancellationToken cancellationToken) =>
        Announce(infoObjectEvent.InfoObject, cancellationToken);

    public void Handle(InfoObjectBeforeUpdateEvent<CustomerAddressInfo> infoObjectEvent)
    {
        if (infoObjectEvent.InfoObject.ChangedColumns().Any())
        {
            Announce(infoObjectEvent.InfoObject);
        }
    }

    public Task HandleAsync(InfoObjectBeforeUpdateEvent<CustomerAddressInfo> infoObjectEvent, CancellationToken cancellationToken) =>
        infoObjectEvent.InfoObject.ChangedColumns().Any()
            ? Announce(infoObjectEvent.InfoObject, cancellationToken)
            : Task.CompletedTask;

    private void Announce(CustomerAddressInfo address)
    {
        if (customerProvider.Get(address.CustomerAddressCustomerID) is { } customer)
        {
            links.Touch(customer);
            outbox.Enqueue(KenticoEventTypes.CustomerUpdated, customer.CustomerGUID);
        }
    }

    private async Task Announce(CustomerAddressInfo address, CancellationToken cancellationToken)
    {
        if (await customerProvider.GetAsync(address.CustomerAddressCustomerID, cancellationToken) is { } customer)
        {
            await links.Touch(customer, cancellationToken);
            await outbox.Enqueue(KenticoEventTypes.CustomerUpdated, customer.CustomerGUID, cancellationToken);
        }
    }
}
