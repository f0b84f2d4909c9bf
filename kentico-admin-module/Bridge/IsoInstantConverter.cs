// System.Text.Json converter; no Kentico API.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BrightpearlConnect.Admin.Bridge;

/// <summary>
/// Writes instants exactly as JavaScript's Date.toISOString does ("2026-01-15T10:00:00.000Z"), the format the
/// simulator and the companion print. The companion stores some of them as text and compares them as text (the
/// reconciliation cursor), so the same instant must always read the same. Reading accepts any ISO 8601 instant.
/// </summary>
internal sealed class IsoInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}
