// Plain ASP.NET Core query reading, as OrdersController.ListModified did it first. Behaviour: the zod query
// ModifiedSinceQuery (shared-types/src/kentico/catch-up.ts) the simulator parses.
using System.Globalization;

using Microsoft.AspNetCore.Http;

namespace BrightpearlConnect.Admin.Bridge.CatchUp;

/// <summary>`?modifiedSince=&amp;limit=` of every modifiedSince cursor (orders, refunds, customers).</summary>
internal static class ModifiedSinceParameters
{
    public const int MAX_LIMIT = 500;

    /// <summary>Null when both are valid; otherwise the field at fault, for a 400.</summary>
    public static BridgeFailure? Read(IQueryCollection query, out DateTimeOffset since, out int limit)
    {
        limit = 100;
        if (!TryReadSince(query["modifiedSince"].FirstOrDefault(), out since))
        {
            return new BridgeFailure("Invalid ISO datetime with offset", "modifiedSince");
        }
        var rawLimit = query["limit"].FirstOrDefault();
        if (rawLimit is not null && (!int.TryParse(rawLimit, out limit) || limit is < 1 or > MAX_LIMIT))
        {
            return new BridgeFailure($"Must be an integer from 1 to {MAX_LIMIT}", "limit");
        }
        return null;
    }

    /// <summary>z.iso.datetime({ offset: true }): an ISO instant that states its offset (or Z).</summary>
    private static bool TryReadSince(string? raw, out DateTimeOffset since)
    {
        since = default;
        var hasOffset = raw is { Length: > 10 } && (raw.EndsWith('Z') || raw[^6] is '+' or '-');
        if (!hasOffset || !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out since))
        {
            return false;
        }
        // Milliseconds, like every instant this bridge prints (WireTime).
        since = new DateTimeOffset(since.UtcTicks - (since.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return true;
    }
}
