// ASP.NET Core results; no Kentico API. Status codes and bodies as sandbox/src/kentico/bridge-respond.ts sends them.
using System.Text.Json;

using BrightpearlConnect.Admin.Contracts;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BrightpearlConnect.Admin.Bridge;

/// <summary>The bridge's answers: JSON with the contract's names, or an error body {error, field?}.</summary>
internal static class BridgeResults
{
    public static IActionResult Json(object body, int status = StatusCodes.Status200OK) =>
        new JsonResult(body, BridgeJson.Options) { StatusCode = status };

    public static IActionResult NoContent() => new NoContentResult();

    /// <summary>BridgeError; "field" is left out when null (the contract makes it optional, not nullable).</summary>
    public static IActionResult Error(int status, string error, string? field = null) =>
        new JsonResult(new BridgeError { Error = error, Field = field }, ErrorOptions) { StatusCode = status };

    public static IActionResult Invalid(BridgeFailure failure) =>
        Error(StatusCodes.Status400BadRequest, failure.Error, failure.Field);

    public static IActionResult NotFound(string what, object key) =>
        Error(StatusCodes.Status404NotFound, $"{what} {key} not found");

    private static readonly JsonSerializerOptions ErrorOptions = new(BridgeJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
