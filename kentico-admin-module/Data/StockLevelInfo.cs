// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(StockLevelInfo), StockLevelInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// The figure the storefront sells from, one row per SKU (XbyK has no native stock, see the docs' "Model product
/// stock"). The companion writes Brightpearl's availability here; the merchant's checkout decrements it.
/// </summary>
public partial class StockLevelInfo : AbstractInfo<StockLevelInfo, IInfoProvider<StockLevelInfo>>, IInfoWithId
{
    public const string OBJECT_TYPE = "bpconnect.stocklevel";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<StockLevelInfo>), OBJECT_TYPE, "BpConnect.StockLevel", nameof(StockLevelID), nameof(StockLevelLastModified), null, null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Text(nameof(StockLevelSKU), 100),
        ColumnDefinition.Integer(nameof(StockLevelAvailable)),
        ColumnDefinition.DateTime(nameof(StockLevelLastModified)),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int StockLevelID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(StockLevelID)), 0);
        set => SetValue(nameof(StockLevelID), value);
    }

    /// <summary>The SKU, matched exactly (case-sensitive in the bridge code).</summary>
    [DatabaseField]
    public virtual string StockLevelSKU
    {
        get => ValidationHelper.GetString(GetValue(nameof(StockLevelSKU)), string.Empty);
        set => SetValue(nameof(StockLevelSKU), value);
    }

    /// <summary>Units Kentico may sell.</summary>
    [DatabaseField]
    public virtual int StockLevelAvailable
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(StockLevelAvailable)), 0);
        set => SetValue(nameof(StockLevelAvailable), value);
    }

    /// <summary>Row timestamp, set by Kentico on every save.</summary>
    [DatabaseField]
    public virtual DateTime StockLevelLastModified
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(StockLevelLastModified)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(StockLevelLastModified), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public StockLevelInfo() : base(TYPEINFO)
    {
    }

    public StockLevelInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
