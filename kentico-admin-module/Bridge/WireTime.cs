// Plain .NET; no Kentico API. XbyK writes commerce times with DateTime.Now (see OrderService.cs of Kentico's
// Dancing Goat sample in Kentico/xperience-by-kentico-lucene examples/DancingGoat/Commerce/Services).
namespace BrightpearlConnect.Admin.Bridge;

/// <summary>
/// One rule for time: the database holds server-local times, as XbyK itself writes them; the wire holds UTC
/// instants with millisecond precision, as JavaScript's Date does. Truncating here (and comparing at the same
/// precision in the modified-orders cursor) keeps a cursor the companion hands back equal to what we compare.
/// </summary>
internal static class WireTime
{
    public static DateTimeOffset ToWire(DateTime serverLocal)
    {
        var utc = DateTime.SpecifyKind(serverLocal, DateTimeKind.Local).ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static DateTimeOffset? ToWire(DateTime? serverLocal) => serverLocal is { } value ? ToWire(value) : null;

    public static DateTime ToServerLocal(DateTimeOffset instant) => instant.ToLocalTime().DateTime;

    /// <summary>The instant of "now" in the database's convention.</summary>
    public static DateTime ServerNow(TimeProvider clock) => clock.GetLocalNow().DateTime;
}
