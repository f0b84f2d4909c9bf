// Plain .NET; the checks zod makes on the shared schemas (shared-types/src/kentico/*.ts) that System.Text.Json
// cannot: ranges, lengths, non-empty strings. Field paths are worded as zod words them.
namespace BrightpearlConnect.Admin.Bridge;

/// <summary>Small validators returning the first failure, or null when the value is acceptable.</summary>
internal static class BridgeChecks
{
    /// <summary>A positive id that fits the int keys Kentico and Brightpearl use.</summary>
    public static BridgeFailure? PositiveId(long value, string field) =>
        value is > 0 and <= int.MaxValue ? null : new BridgeFailure("Must be a positive integer", field);

    public static BridgeFailure? NonNegative(decimal value, string field) =>
        value >= 0 ? null : new BridgeFailure("Must be greater than or equal to 0", field);

    public static BridgeFailure? NotEmpty(string? value, string field) =>
        string.IsNullOrEmpty(value) ? new BridgeFailure("Must not be empty", field) : null;

    public static BridgeFailure? Count<T>(IReadOnlyCollection<T> items, int min, int max, string field) =>
        items.Count < min ? new BridgeFailure($"Must contain at least {min} item(s)", field)
        : items.Count > max ? new BridgeFailure($"Must contain at most {max} items", field)
        : null;

    /// <summary>The first failure of the checks in order (they are evaluated lazily).</summary>
    public static BridgeFailure? First(params Func<BridgeFailure?>[] checks) =>
        checks.Select(check => check()).FirstOrDefault(failure => failure is not null);

    /// <summary>The first failure among the items of a list, with the item's index in the field path.</summary>
    public static BridgeFailure? Each<T>(IReadOnlyList<T> items, string field, Func<T, string, BridgeFailure?> check) =>
        items.Select((item, index) => check(item, $"{field}.{index}")).FirstOrDefault(failure => failure is not null);
}
