// Plain .NET over CMS.Helpers.ValidationHelper (as every generated Info class reads columns); no other Kentico API.
using System.Globalization;

using CMS.DataEngine;
using CMS.Helpers;

namespace BrightpearlConnect.Admin.Bridge;

/// <summary>
/// Conversions from XbyK values to the contract's. Numbers are taken as object and converted, so the code stands
/// whether a commerce property is declared int, int? or decimal in a given XbyK refresh.
/// </summary>
internal static class Wire
{
    public static decimal Money(object? value) => Convert.ToDecimal(value ?? 0m, CultureInfo.InvariantCulture);

    /// <summary>XbyK stores quantities as decimal; the storefront sells whole units, the contract wants integers.</summary>
    public static long Quantity(object? value) =>
        (long)decimal.Round(Money(value), 0, MidpointRounding.AwayFromZero);

    /// <summary>A foreign key column read raw: NULL and 0 both mean "none".</summary>
    public static long? PositiveId(BaseInfo info, string column)
    {
        var id = ValidationHelper.GetInteger(info.GetValue(column), 0);
        return id > 0 ? id : null;
    }

    /// <summary>Optional text: XbyK forms store "" where the contract says null.</summary>
    public static string? TextOrNull(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
