// Controller style of Kentico/xperience-by-kentico-zapier src/Kentico.Xperience.Zapier/Actions/
// ActionFormInsertController.cs. Behaviour: sandbox/src/kentico/customer-routes.ts.
using BrightpearlConnect.Admin.Bridge.CatchUp;
using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge.Customers;

/// <summary>LIFECYCLE_PATHS.customer and .customerByEmail, and CATCH_UP_PATHS.modifiedCustomers: CustomerInfo plus the
/// extension's columns.</summary>
[ApiController]
[BridgeSignature]
[IgnoreAntiforgeryToken]
public sealed class CustomersController(CustomerRecords customers, ModifiedCustomersReader modified) : ControllerBase
{
    /// <summary>The catch-up cursor for customers whose customer.created/updated was lost; paged like GET /orders.</summary>
    [HttpGet(BridgeRoutes.Base + CatchUpPaths.ModifiedCustomers)]
    public async Task<IActionResult> ListModified(CancellationToken cancellationToken)
    {
        if (ModifiedSinceParameters.Read(Request.Query, out var since, out var limit) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        return BridgeResults.Json(await modified.Page(since, limit, cancellationToken));
    }

    /// <summary>?email= (the contract names only the path). A literal segment, so it wins over {guid}.</summary>
    [HttpGet(BridgeRoutes.Base + LifecyclePaths.CustomerByEmail)]
    public async Task<IActionResult> ByEmail(CancellationToken cancellationToken)
    {
        var email = Request.Query["email"].FirstOrDefault();
        if (string.IsNullOrEmpty(email))
        {
            return BridgeResults.Invalid(new BridgeFailure("Must not be empty", "email"));
        }
        var customer = await customers.ByEmail(email, cancellationToken);
        return customer is null
            ? BridgeResults.Error(StatusCodes.Status404NotFound, $"No customer {email}")
            : BridgeResults.Json(await customers.Record(customer, cancellationToken));
    }

    [HttpGet(BridgeRoutes.Base + LifecyclePaths.CustomerTemplate)]
    public async Task<IActionResult> Get(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "customerGuid", out var customerGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var customer = await customers.ByGuid(customerGuid, cancellationToken);
        return customer is null
            ? BridgeResults.NotFound("Customer", customerGuid)
            : BridgeResults.Json(await customers.Record(customer, cancellationToken));
    }

    /// <summary>204; 409 naming fields.CustomerEmail when another customer has the e-mail.</summary>
    [HttpPut(BridgeRoutes.Base + LifecyclePaths.CustomerTemplate)]
    public async Task<IActionResult> Update(string guid, CancellationToken cancellationToken)
    {
        if (BridgeParameters.Guid(guid, "customerGuid", out var customerGuid) is { } bad)
        {
            return BridgeResults.Invalid(bad);
        }
        var customer = await customers.ByGuid(customerGuid, cancellationToken);
        if (customer is null)
        {
            return BridgeResults.NotFound("Customer", customerGuid);
        }
        var raw = BridgeSignatureFilter.RawBodyOf(HttpContext);
        var body = BridgeJson.Parse<UpdateCustomerBody>(raw);
        var changes = body.Value is null ? null : CustomerChanges.From(body.Value, raw);
        if ((body.Failure ?? CheckOrigin(body.Value!) ?? changes!.Check()) is { } invalid)
        {
            return BridgeResults.Invalid(invalid);
        }
        return await customers.Update(customer, changes!, cancellationToken)
            ? BridgeResults.NoContent()
            : BridgeResults.Error(StatusCodes.Status409Conflict, "Another customer has this e-mail", "fields.CustomerEmail");
    }

    private static BridgeFailure? CheckOrigin(UpdateCustomerBody body) =>
        SyncOrigins.All.Contains(body.Origin) ? null : new BridgeFailure("Must be kentico or brightpearl", "origin");
}
