// The back-off of Kentico/xperience-by-kentico-crm src/Kentico.Xperience.CRM.Common/Synchronization/
// FailedSyncItemService.cs (doubling delays, next time null = given up), with seconds and a cap instead of
// minutes and a try limit: a thin event must reach the companion however long it is down.
namespace BrightpearlConnect.Admin.Events;

/// <summary>What to do with an event after a delivery attempt.</summary>
internal static class RetrySchedule
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    /// <summary>5 s, 10 s, 20 s ... doubling per failure, never more than 15 minutes.</summary>
    public static TimeSpan DelayAfter(int failures)
    {
        var doublings = Math.Clamp(failures - 1, 0, 20);
        var delay = TimeSpan.FromTicks(First.Ticks * (1L << doublings));
        return delay < Cap ? delay : Cap;
    }

    /// <summary>
    /// A 4xx means the companion refuses this very event (bad field, unknown type): sending it again cannot help,
    /// so it is parked for a person to look at. 401/403 (wrong secret, clock skew), 408 and 429 are fixable or
    /// passing conditions, retried like 5xx and network errors.
    /// </summary>
    public static bool IsPermanent(int status) =>
        status is >= 400 and < 500 and not (401 or 403 or 408 or 429);
}
