// IInfoProvider<CustomerInfo> reads and SetAsync as in Kentico's Dancing Goat OrderService/CustomerDataRetriever
// (Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services). Behaviour:
// sandbox/src/kentico/customer-store.ts and customer-update.ts.
using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;
using BrightpearlConnect.Admin.Events;

using CMS.Commerce;
using CMS.DataEngine;

namespace BrightpearlConnect.Admin.Bridge.Customers;

/// <summary>
/// A Kentico customer with the extension's columns, and partial updates of it. A change to the CustomerInfo row is
/// announced by the object-event handler; a change to the extension's columns alone is announced here, because no
/// Kentico object event fires for it.
/// </summary>
public sealed class CustomerRecords(
    IInfoProvider<CustomerInfo> customers,
    CustomerLinkStore links,
    OutboxWriter outbox,
    TimeProvider clock)
{
    public Task<CustomerInfo?> ByGuid(Guid customerGuid, CancellationToken cancellationToken) =>
        One(nameof(CustomerInfo.CustomerGUID), customerGuid, cancellationToken);

    /// <summary>SQL Server's default collation compares e-mails case-insensitively, as checkout finds customers.</summary>
    public Task<CustomerInfo?> ByEmail(string email, CancellationToken cancellationToken) =>
        One(nameof(CustomerInfo.CustomerEmail), email, cancellationToken);

    public async Task<KenticoCustomerRecord> Record(CustomerInfo customer, CancellationToken cancellationToken)
    {
        var link = await links.Ensure(customer, cancellationToken);
        return new KenticoCustomerRecord
        {
            CustomerGUID = customer.CustomerGUID,
            CustomerEmail = customer.CustomerEmail,
            CustomerFirstName = customer.CustomerFirstName,
            CustomerLastName = customer.CustomerLastName,
            CustomerPhone = Wire.TextOrNull(customer.CustomerPhone),
            CustomerModifiedWhen = WireTime.ToWire(link.CustomerLinkModifiedWhen),
            BpcCreditLimit = link.CustomerLinkCreditLimit,
            BpcCreditTermDays = link.CustomerLinkCreditTermDays,
            BpcBrightpearlContactID = link.CustomerLinkBrightpearlContactID,
        };
    }

    /// <summary>False when another customer has the new e-mail (checkout finds customers by e-mail: it stays unique).</summary>
    public async Task<bool> Update(CustomerInfo customer, CustomerChanges changes, CancellationToken cancellationToken)
    {
        if (changes.Email is { } email && await ByEmail(email, cancellationToken) is { } holder && holder.CustomerID != customer.CustomerID)
        {
            return false;
        }
        var link = await links.Ensure(customer, cancellationToken);
        var coreChanged = changes.ApplyTo(customer);
        var extrasChanged = changes.ApplyTo(link);
        using var scope = new CMSTransactionScope();
        if (extrasChanged)
        {
            link.CustomerLinkModifiedWhen = WireTime.ServerNow(clock);
            await links.Save(link, cancellationToken);
        }
        if (coreChanged)
        {
            // The update handler stamps the modified time and announces customer.updated.
            await customers.SetAsync(customer, cancellationToken);
        }
        else if (extrasChanged)
        {
            await outbox.Enqueue(KenticoEventTypes.CustomerUpdated, customer.CustomerGUID, cancellationToken);
        }
        scope.Commit();
        return true;
    }

    private async Task<CustomerInfo?> One(string column, object value, CancellationToken cancellationToken) =>
        (await customers.Get()
            .WhereEquals(column, value)
            .TopN(1)
            .GetEnumerableTypedResultAsync(cancellationToken: cancellationToken))
            .FirstOrDefault();
}
