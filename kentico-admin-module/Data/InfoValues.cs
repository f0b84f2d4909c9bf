// Nullable columns the way Kentico/xperience-by-kentico-crm FailedSyncItemService.cs writes them
// (SetValue(column, null)); reads use CMS.Helpers.ValidationHelper as every generated Info class does.
using CMS.DataEngine;
using CMS.Helpers;

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// Reads of NULL-able columns. Generated Info classes map NULL to 0 / DateTime.MinValue, which would make
/// "no Brightpearl id yet" indistinguishable from an id; the bridge contract needs real nulls.
/// </summary>
internal static class InfoValues
{
    public static int? NullableInteger(BaseInfo info, string column) =>
        IsNull(info.GetValue(column)) ? null : ValidationHelper.GetInteger(info.GetValue(column), 0);

    public static decimal? NullableDecimal(BaseInfo info, string column) =>
        IsNull(info.GetValue(column)) ? null : ValidationHelper.GetDecimal(info.GetValue(column), 0m);

    public static DateTime? NullableDateTime(BaseInfo info, string column) =>
        IsNull(info.GetValue(column)) ? null : ValidationHelper.GetDateTime(info.GetValue(column), DateTimeHelper.ZERO_TIME);

    public static string? NullableString(BaseInfo info, string column) =>
        IsNull(info.GetValue(column)) ? null : ValidationHelper.GetString(info.GetValue(column), string.Empty);

    private static bool IsNull(object? value) => value is null or DBNull;
}
