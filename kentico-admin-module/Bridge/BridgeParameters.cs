// Plain .NET; no Kentico API. Mirrors readGuid/findByGuid of sandbox/src/kentico/bridge-respond.ts: a malformed
// id is a 400 naming the parameter, an unknown one a 404.
namespace BrightpearlConnect.Admin.Bridge;

/// <summary>Route parameters are taken as strings and checked here, so a bad GUID is a 400 {error, field} as in the
/// simulator (a route constraint would turn it into a bare 404).</summary>
internal static class BridgeParameters
{
    public static BridgeFailure? Guid(string? raw, string field, out Guid value) =>
        System.Guid.TryParseExact(raw, "D", out value) ? null : new BridgeFailure("Invalid GUID", field);

    /// <summary>Decimal digits only, as the simulator reads goods-out note ids: no "1e3", " 12" or "0x1f".</summary>
    public static BridgeFailure? PositiveId(string? raw, string field, out int value)
    {
        value = 0;
        var digits = raw is { Length: >= 1 and <= 9 } && raw.All(char.IsAsciiDigit);
        return digits && int.TryParse(raw, out value) && value > 0
            ? null
            : new BridgeFailure("Not a positive integer id", field);
    }
}
