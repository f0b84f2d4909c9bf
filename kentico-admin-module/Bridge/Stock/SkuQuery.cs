// Plain .NET; a port of rawSkuList/readSkuList in sandbox/src/kentico/stock-query.ts.
using System.Text.RegularExpressions;

namespace BrightpearlConnect.Admin.Bridge.Stock;

/// <summary>
/// The SKUs of ?skus=a,b,c, split on the raw commas BEFORE decoding each one: a SKU containing a comma arrives as
/// %2C and must stay one SKU, whereas ASP.NET's parsed query has already decoded it. "+" is a space, as in any
/// form-encoded query; repeated skus= parameters add up. Null when the percent-encoding is malformed.
/// </summary>
internal static partial class SkuQuery
{
    public static IReadOnlyList<string>? Parse(string? rawQueryString)
    {
        var values = (rawQueryString ?? string.Empty).TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => pair.Split('=')[0] == "skus")
            .Select(pair => pair.Length > "skus=".Length ? pair["skus=".Length..] : string.Empty)
            .ToList();
        var raw = values.SelectMany(value => value.Split(',')).ToList();
        if (raw.Any(sku => MalformedEscape().IsMatch(sku)))
        {
            return null;
        }
        return values.Count == 0 ? [] : raw.Select(sku => Uri.UnescapeDataString(sku.Replace('+', ' '))).ToList();
    }

    // decodeURIComponent throws on a "%" not followed by two hex digits; Uri.UnescapeDataString would let it pass.
    [GeneratedRegex("%(?![0-9A-Fa-f]{2})")]
    private static partial Regex MalformedEscape();
}
