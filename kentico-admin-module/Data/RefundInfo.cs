// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(RefundInfo), RefundInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// A refund on a Kentico order (XbyK has no refund or credit-note model). Either made in Kentico (origin
/// 'kentico', announced as refund.created) or recorded for a credit made in Brightpearl (origin 'brightpearl').
/// A Brightpearl credit id belongs to at most one refund, which makes recording a credit idempotent.
/// </summary>
public partial class RefundInfo : AbstractInfo<RefundInfo, IInfoProvider<RefundInfo>>, IInfoWithId, IInfoWithGuid
{
    public const string OBJECT_TYPE = "bpconnect.refund";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<RefundInfo>), OBJECT_TYPE, "BpConnect.Refund", nameof(RefundID), null, nameof(RefundGUID), null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Guid(nameof(RefundGUID)),
        ColumnDefinition.Integer(nameof(RefundOrderID)),
        ColumnDefinition.Guid(nameof(RefundOrderGUID)),
        ColumnDefinition.DateTime(nameof(RefundCreatedWhen)),
        ColumnDefinition.Text(nameof(RefundReason), 500, allowEmpty: true),
        ColumnDefinition.LongText(nameof(RefundLines), allowEmpty: false),
        ColumnDefinition.Money(nameof(RefundExtraAmount)),
        ColumnDefinition.Money(nameof(RefundExtraTax)),
        ColumnDefinition.Money(nameof(RefundTotal)),
        ColumnDefinition.Integer(nameof(RefundSalesCreditID), allowEmpty: true),
        ColumnDefinition.Text(nameof(RefundOrigin), 20),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int RefundID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(RefundID)), 0);
        set => SetValue(nameof(RefundID), value);
    }

    /// <summary>The refund's id on the wire (RefundGUID).</summary>
    [DatabaseField]
    public virtual Guid RefundGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(RefundGUID)), Guid.Empty);
        set => SetValue(nameof(RefundGUID), value);
    }

    /// <summary>Commerce_Order.OrderID.</summary>
    [DatabaseField]
    public virtual int RefundOrderID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(RefundOrderID)), 0);
        set => SetValue(nameof(RefundOrderID), value);
    }

    /// <summary>Commerce_Order.OrderGUID.</summary>
    [DatabaseField]
    public virtual Guid RefundOrderGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(RefundOrderGUID)), Guid.Empty);
        set => SetValue(nameof(RefundOrderGUID), value);
    }

    /// <summary>When the refund was made.</summary>
    [DatabaseField]
    public virtual DateTime RefundCreatedWhen
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(RefundCreatedWhen)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(RefundCreatedWhen), value);
    }

    /// <summary>Free text reason, if any.</summary>
    [DatabaseField]
    public virtual string? RefundReason
    {
        get => InfoValues.NullableString(this, nameof(RefundReason));
        set => SetValue(nameof(RefundReason), value);
    }

    /// <summary>JSON array of {OrderItemGUID, SKU, Quantity, Amount, Tax}; amounts exclude tax.</summary>
    [DatabaseField]
    public virtual string RefundLines
    {
        get => ValidationHelper.GetString(GetValue(nameof(RefundLines)), string.Empty);
        set => SetValue(nameof(RefundLines), value);
    }

    /// <summary>Refunded without lines (goodwill, shipping), excluding tax.</summary>
    [DatabaseField]
    public virtual decimal RefundExtraAmount
    {
        get => ValidationHelper.GetDecimal(GetValue(nameof(RefundExtraAmount)), 0m);
        set => SetValue(nameof(RefundExtraAmount), value);
    }

    /// <summary>Tax on RefundExtraAmount.</summary>
    [DatabaseField]
    public virtual decimal RefundExtraTax
    {
        get => ValidationHelper.GetDecimal(GetValue(nameof(RefundExtraTax)), 0m);
        set => SetValue(nameof(RefundExtraTax), value);
    }

    /// <summary>What the customer gets back, tax included.</summary>
    [DatabaseField]
    public virtual decimal RefundTotal
    {
        get => ValidationHelper.GetDecimal(GetValue(nameof(RefundTotal)), 0m);
        set => SetValue(nameof(RefundTotal), value);
    }

    /// <summary>The Brightpearl sales credit id, once there is one.</summary>
    [DatabaseField]
    public virtual int? RefundSalesCreditID
    {
        get => InfoValues.NullableInteger(this, nameof(RefundSalesCreditID));
        set => SetValue(nameof(RefundSalesCreditID), value);
    }

    /// <summary>'kentico' or 'brightpearl' (SyncOrigin).</summary>
    [DatabaseField]
    public virtual string RefundOrigin
    {
        get => ValidationHelper.GetString(GetValue(nameof(RefundOrigin)), string.Empty);
        set => SetValue(nameof(RefundOrigin), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public RefundInfo() : base(TYPEINFO)
    {
    }

    public RefundInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
