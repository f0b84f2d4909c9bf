// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(ShipmentInfo), ShipmentInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// One Brightpearl goods-out note shipped for a Kentico order (XbyK has no tracking model). One row per
/// (order, note): a retried or re-sent note updates its row, never adds one.
/// </summary>
public partial class ShipmentInfo : AbstractInfo<ShipmentInfo, IInfoProvider<ShipmentInfo>>, IInfoWithId
{
    public const string OBJECT_TYPE = "bpconnect.shipment";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<ShipmentInfo>), OBJECT_TYPE, "BpConnect.Shipment", nameof(ShipmentID), nameof(ShipmentLastModified), null, null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Integer(nameof(ShipmentOrderID)),
        ColumnDefinition.Guid(nameof(ShipmentOrderGUID)),
        ColumnDefinition.Integer(nameof(ShipmentGoodsOutNoteID)),
        ColumnDefinition.Text(nameof(ShipmentTrackingReference), 200, allowEmpty: true),
        ColumnDefinition.Text(nameof(ShipmentCarrier), 200, allowEmpty: true),
        ColumnDefinition.DateTime(nameof(ShipmentShippedWhen)),
        ColumnDefinition.LongText(nameof(ShipmentLines), allowEmpty: false),
        ColumnDefinition.DateTime(nameof(ShipmentLastModified)),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int ShipmentID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(ShipmentID)), 0);
        set => SetValue(nameof(ShipmentID), value);
    }

    /// <summary>Commerce_Order.OrderID.</summary>
    [DatabaseField]
    public virtual int ShipmentOrderID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(ShipmentOrderID)), 0);
        set => SetValue(nameof(ShipmentOrderID), value);
    }

    /// <summary>Commerce_Order.OrderGUID.</summary>
    [DatabaseField]
    public virtual Guid ShipmentOrderGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(ShipmentOrderGUID)), Guid.Empty);
        set => SetValue(nameof(ShipmentOrderGUID), value);
    }

    /// <summary>Brightpearl goods-out note id.</summary>
    [DatabaseField]
    public virtual int ShipmentGoodsOutNoteID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(ShipmentGoodsOutNoteID)), 0);
        set => SetValue(nameof(ShipmentGoodsOutNoteID), value);
    }

    /// <summary>Carrier tracking reference, if Brightpearl has one.</summary>
    [DatabaseField]
    public virtual string? ShipmentTrackingReference
    {
        get => InfoValues.NullableString(this, nameof(ShipmentTrackingReference));
        set => SetValue(nameof(ShipmentTrackingReference), value);
    }

    /// <summary>Carrier name, if Brightpearl has one.</summary>
    [DatabaseField]
    public virtual string? ShipmentCarrier
    {
        get => InfoValues.NullableString(this, nameof(ShipmentCarrier));
        set => SetValue(nameof(ShipmentCarrier), value);
    }

    /// <summary>When Brightpearl shipped the note.</summary>
    [DatabaseField]
    public virtual DateTime ShipmentShippedWhen
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(ShipmentShippedWhen)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(ShipmentShippedWhen), value);
    }

    /// <summary>JSON array of {sku, quantity}, kept as sent (unknown SKUs included).</summary>
    [DatabaseField]
    public virtual string ShipmentLines
    {
        get => ValidationHelper.GetString(GetValue(nameof(ShipmentLines)), string.Empty);
        set => SetValue(nameof(ShipmentLines), value);
    }

    /// <summary>Row timestamp, set by Kentico on every save.</summary>
    [DatabaseField]
    public virtual DateTime ShipmentLastModified
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(ShipmentLastModified)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(ShipmentLastModified), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public ShipmentInfo() : base(TYPEINFO)
    {
    }

    public ShipmentInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
