// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs; reads as in CommerceReferenceData. Mirrors the simulator's GET /lookups.
using BrightpearlConnect.Admin.Bridge.Commerce;
using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Lookups;

/// <summary>
/// GET /lookups: every order status, shipping method and payment method by code name, for the mapping screens.
/// Statuses have no enabled flag in XbyK, so they are all reported enabled.
/// </summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed class LookupsController(CommerceReferenceData reference) : ControllerBase
{
    [HttpGet(BridgeRoutes.Base + LookupPaths.Lookups)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var statuses = await reference.AllStatuses(cancellationToken);
        var shipping = await reference.AllShippingMethods(cancellationToken);
        var payment = await reference.AllPaymentMethods(cancellationToken);
        return BridgeResults.Json(new KenticoLookups
        {
            OrderStatuses = statuses
                .Select(s => Item(s.OrderStatusName, s.OrderStatusDisplayName, true)).ToList(),
            // UNCONFIRMED: ShippingMethodName / PaymentMethodName properties (see CommerceReferenceData).
            ShippingMethods = shipping
                .Select(m => Item(m.ShippingMethodName, m.ShippingMethodDisplayName, m.ShippingMethodEnabled)).ToList(),
            PaymentMethods = payment
                .Select(m => Item(m.PaymentMethodName, m.PaymentMethodDisplayName, m.PaymentMethodEnabled)).ToList(),
        });
    }

    private static KenticoLookupItem Item(string name, string displayName, bool enabled) =>
        new() { Name = name, DisplayName = displayName, Enabled = enabled };
}
