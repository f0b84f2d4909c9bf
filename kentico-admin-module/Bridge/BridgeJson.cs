// System.Text.Json over the generated contract records (Contracts/Generated, [JsonPropertyName] on every
// property); no Kentico API. The 400 shape mirrors sandbox/src/kentico/bridge-respond.ts (readBody, sendInvalid).
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BrightpearlConnect.Admin.Bridge;

/// <summary>
/// Reading request bodies and writing responses of the bridge. Bodies are parsed from the raw text the signature
/// was checked over. A bad body is reported like zod reports it: a message and the path of the offending field
/// (e.g. "levels.3.available"), so the companion's logs point at the culprit.
/// </summary>
internal static partial class BridgeJson
{
    /// <summary>Names come from [JsonPropertyName]; nulls are written, because the contract's nullable keys are
    /// required (zod's .nullable() does not accept a missing key). Numbers must be JSON numbers, as in zod.
    /// Instants are written as JavaScript writes them (IsoInstantConverter).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new IsoInstantConverter() },
    };

    public static BridgeBody<T> Parse<T>(string raw)
        where T : class
    {
        if (!IsJson(raw))
        {
            return BridgeBody<T>.Invalid(new BridgeFailure("Body is not valid JSON", null));
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(raw, Options);
            return value is null
                ? BridgeBody<T>.Invalid(new BridgeFailure("Body must be a JSON object", null))
                : BridgeBody<T>.Valid(value);
        }
        catch (JsonException error)
        {
            return BridgeBody<T>.Invalid(new BridgeFailure(FirstLine(error.Message), FieldOf(error)));
        }
    }

    /// <summary>"$.levels[3].available" becomes "levels.3.available"; a missing required key is named too.</summary>
    private static string? FieldOf(JsonException error)
    {
        var missing = MissingProperty().Match(error.Message);
        if (missing.Success)
        {
            return missing.Groups[1].Value;
        }
        var path = (error.Path ?? "$").TrimStart('$').TrimStart('.');
        var field = ArrayIndex().Replace(path, ".$1").TrimStart('.');
        return field.Length == 0 ? null : field;
    }

    private static bool IsJson(string raw)
    {
        try
        {
            using var _ = JsonDocument.Parse(raw);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex ArrayIndex();

    [GeneratedRegex(@"missing required properties[^:]*:\s*'?([A-Za-z0-9_]+)")]
    private static partial Regex MissingProperty();
}

/// <summary>What was wrong with a request, for a 400 {error, field}.</summary>
public sealed record BridgeFailure(string Error, string? Field);

/// <summary>A parsed body or the reason it was refused.</summary>
internal sealed record BridgeBody<T>(T? Value, BridgeFailure? Failure)
    where T : class
{
    public static BridgeBody<T> Valid(T value) => new(value, null);

    public static BridgeBody<T> Invalid(BridgeFailure failure) => new(null, failure);
}
