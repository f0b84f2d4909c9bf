// Plain .NET (System.Security.Cryptography); no Kentico API. Byte-for-byte the scheme of
// companion-service/src/kentico/signing.ts, which is the reference implementation.
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using BrightpearlConnect.Admin.Contracts;

namespace BrightpearlConnect.Admin.Security;

/// <summary>
/// HMAC-SHA256 signing of both directions between Kentico and the companion. Events sign
/// "{timestamp}.{rawBody}"; bridge calls sign "{timestamp}.{METHOD} {pathWithQuery}.{rawBody}" (path relative to
/// /bpconnect/v1, exactly as sent) so a captured signed GET cannot be replayed against another path.
/// The header value is "v1=" + lowercase hex; keys and payloads are UTF-8, as Node's createHmac uses them.
/// </summary>
public static class HmacSignature
{
    public const string SIGNATURE_HEADER = EventsConstants.SignatureHeader;
    public const string TIMESTAMP_HEADER = EventsConstants.TimestampHeader;

    public static string EventPayload(string timestamp, string rawBody) => $"{timestamp}.{rawBody}";

    public static string BridgePayload(string timestamp, BridgeTarget target, string rawBody) =>
        $"{timestamp}.{target.Method.ToUpperInvariant()} {target.PathWithQuery}.{rawBody}";

    public static string Sign(string secret, string payload)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload));
        return "v1=" + Convert.ToHexString(mac).ToLowerInvariant();
    }

    public static string NowTimestamp(TimeProvider clock) =>
        clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Null when the request is authentic; otherwise the reason, worded as the companion words it.</summary>
    public static string? Check(SignedRequest request, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(request.Signature) || !IsTimestamp(request.Timestamp))
        {
            return "missing-headers";
        }
        var age = clock.GetUtcNow().ToUnixTimeSeconds() - long.Parse(request.Timestamp!, CultureInfo.InvariantCulture);
        if (Math.Abs(age) > EventsConstants.SignatureToleranceSeconds)
        {
            return "stale-timestamp";
        }
        var payload = request.Payload(request.Timestamp!);
        var given = Encoding.UTF8.GetBytes(request.Signature);
        var matched = false;
        // During a rotation the previous secret verifies too. Every candidate is compared, and FixedTimeEquals takes
        // as long for a near miss as for garbage, so timing tells neither how close a guess was nor which key matched.
        foreach (var secret in Candidates(request))
        {
            var expected = Encoding.UTF8.GetBytes(Sign(secret, payload));
            matched |= CryptographicOperations.FixedTimeEquals(expected, given);
        }
        return matched ? null : "bad-signature";
    }

    private static IEnumerable<string> Candidates(SignedRequest request) =>
        string.IsNullOrEmpty(request.PreviousSecret) ? [request.Secret] : [request.Secret, request.PreviousSecret];

    private static bool IsTimestamp(string? value) =>
        value is { Length: >= 1 and <= 12 } && value.All(char.IsAsciiDigit);
}

/// <summary>The method and the request target relative to the bridge base, query included, undecoded.</summary>
public sealed record BridgeTarget(string Method, string PathWithQuery);

/// <summary>
/// What a signature check needs; Payload builds the signed text for the request's own timestamp. PreviousSecret
/// (during a rotation only) verifies too; nothing is ever signed with it.
/// </summary>
public sealed record SignedRequest(
    string Secret,
    string? Signature,
    string? Timestamp,
    Func<string, string> Payload,
    string? PreviousSecret = null);
