// Plain .NET (System.Text.Json); no Kentico API beyond the Info properties. Mirrors UpdateCustomerBody in
// shared-types/src/kentico/lifecycle.ts: only the given fields change.
using System.Text.Json;

using BrightpearlConnect.Admin.Contracts;
using BrightpearlConnect.Admin.Data;

using CMS.Commerce;

namespace BrightpearlConnect.Admin.Bridge.Customers;

/// <summary>
/// The fields a PUT /customers/{guid} gives. "Absent" (leave as is) and null (clear) differ in the contract but not
/// in a deserialised record, so which keys were present is read from the raw JSON.
/// </summary>
public sealed class CustomerChanges
{
    private readonly UpdateCustomerBodyFields values;
    private readonly HashSet<string> present;

    private CustomerChanges(UpdateCustomerBodyFields values, HashSet<string> present)
    {
        this.values = values;
        this.present = present;
    }

    public string? Email => Has("CustomerEmail") ? values.CustomerEmail : null;

    public static CustomerChanges From(UpdateCustomerBody body, string rawBody)
    {
        using var document = JsonDocument.Parse(rawBody);
        var keys = document.RootElement.GetProperty("fields").EnumerateObject().Select(property => property.Name);
        return new CustomerChanges(body.Fields, keys.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>zod's rules for the given fields: names and e-mail are strings (not null), the contact id positive.</summary>
    public BridgeFailure? Check() => BridgeChecks.First(
        () => Required("CustomerEmail", values.CustomerEmail),
        () => Required("CustomerFirstName", values.CustomerFirstName),
        () => Required("CustomerLastName", values.CustomerLastName),
        () => values.BpcBrightpearlContactID is { } id ? BridgeChecks.PositiveId(id, "fields.BpcBrightpearlContactID") : null,
        () => values.BpcCreditTermDays is { } days && days is < int.MinValue or > int.MaxValue
            ? new BridgeFailure("Out of range", "fields.BpcCreditTermDays")
            : null);

    /// <summary>Applies the core fields; true when something differs from what is stored.</summary>
    public bool ApplyTo(CustomerInfo customer)
    {
        var changed = false;
        changed |= Set("CustomerEmail", customer.CustomerEmail, values.CustomerEmail, v => customer.CustomerEmail = v!);
        changed |= Set("CustomerFirstName", customer.CustomerFirstName, values.CustomerFirstName, v => customer.CustomerFirstName = v!);
        changed |= Set("CustomerLastName", customer.CustomerLastName, values.CustomerLastName, v => customer.CustomerLastName = v!);
        changed |= Set("CustomerPhone", Wire.TextOrNull(customer.CustomerPhone), values.CustomerPhone, v => customer.CustomerPhone = v ?? string.Empty);
        return changed;
    }

    /// <summary>Applies the extension's fields; true when something differs from what is stored.</summary>
    public bool ApplyTo(CustomerLinkInfo link)
    {
        var changed = false;
        changed |= Set("BpcCreditLimit", link.CustomerLinkCreditLimit, values.BpcCreditLimit, v => link.CustomerLinkCreditLimit = v);
        changed |= Set("BpcCreditTermDays", link.CustomerLinkCreditTermDays, (int?)values.BpcCreditTermDays, v => link.CustomerLinkCreditTermDays = v);
        changed |= Set("BpcBrightpearlContactID", link.CustomerLinkBrightpearlContactID, (int?)values.BpcBrightpearlContactID,
            v => link.CustomerLinkBrightpearlContactID = v);
        return changed;
    }

    private bool Has(string key) => present.Contains(key);

    private BridgeFailure? Required(string key, string? value) =>
        Has(key) && value is null ? new BridgeFailure("Expected string, received null", $"fields.{key}") : null;

    private bool Set<T>(string key, T current, T wanted, Action<T> assign)
    {
        if (!Has(key) || EqualityComparer<T>.Default.Equals(current, wanted))
        {
            return false;
        }
        assign(wanted);
        return true;
    }
}
