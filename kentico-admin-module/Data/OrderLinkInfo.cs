// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(OrderLinkInfo), OrderLinkInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// What the extension keeps per Kentico order that Commerce_Order has no column for: the currency, the payment fee,
/// the Brightpearl order id once the companion wrote it back, and who made the last status change. Created by the
/// order insert handler, so only orders placed after installation have one (and can be "pending" for stock).
/// </summary>
public partial class OrderLinkInfo : AbstractInfo<OrderLinkInfo, IInfoProvider<OrderLinkInfo>>, IInfoWithId
{
    public const string OBJECT_TYPE = "bpconnect.orderlink";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<OrderLinkInfo>), OBJECT_TYPE, "BpConnect.OrderLink", nameof(OrderLinkID), null, null, null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Integer(nameof(OrderLinkOrderID)),
        ColumnDefinition.Guid(nameof(OrderLinkOrderGUID)),
        ColumnDefinition.Text(nameof(OrderLinkCurrencyCode), 3),
        ColumnDefinition.Money(nameof(OrderLinkPaymentFee), allowEmpty: true),
        ColumnDefinition.Integer(nameof(OrderLinkBrightpearlOrderID), allowEmpty: true),
        ColumnDefinition.DateTime(nameof(OrderLinkSyncedWhen), allowEmpty: true),
        ColumnDefinition.Text(nameof(OrderLinkStatusOrigin), 20, allowEmpty: true),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int OrderLinkID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(OrderLinkID)), 0);
        set => SetValue(nameof(OrderLinkID), value);
    }

    /// <summary>Commerce_Order.OrderID.</summary>
    [DatabaseField]
    public virtual int OrderLinkOrderID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(OrderLinkOrderID)), 0);
        set => SetValue(nameof(OrderLinkOrderID), value);
    }

    /// <summary>Commerce_Order.OrderGUID, the key the companion uses.</summary>
    [DatabaseField]
    public virtual Guid OrderLinkOrderGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(OrderLinkOrderGUID)), Guid.Empty);
        set => SetValue(nameof(OrderLinkOrderGUID), value);
    }

    /// <summary>ISO 4217 code (XbyK stores none; BrightpearlConnect:CurrencyCode at order time).</summary>
    [DatabaseField]
    public virtual string OrderLinkCurrencyCode
    {
        get => ValidationHelper.GetString(GetValue(nameof(OrderLinkCurrencyCode)), string.Empty);
        set => SetValue(nameof(OrderLinkCurrencyCode), value);
    }

    /// <summary>The payment provider's fee, if the checkout recorded one.</summary>
    [DatabaseField]
    public virtual decimal? OrderLinkPaymentFee
    {
        get => InfoValues.NullableDecimal(this, nameof(OrderLinkPaymentFee));
        set => SetValue(nameof(OrderLinkPaymentFee), value);
    }

    /// <summary>The Brightpearl sales order id; null until the order exists in Brightpearl.</summary>
    [DatabaseField]
    public virtual int? OrderLinkBrightpearlOrderID
    {
        get => InfoValues.NullableInteger(this, nameof(OrderLinkBrightpearlOrderID));
        set => SetValue(nameof(OrderLinkBrightpearlOrderID), value);
    }

    /// <summary>When the companion wrote the Brightpearl id back.</summary>
    [DatabaseField]
    public virtual DateTime? OrderLinkSyncedWhen
    {
        get => InfoValues.NullableDateTime(this, nameof(OrderLinkSyncedWhen));
        set => SetValue(nameof(OrderLinkSyncedWhen), value);
    }

    /// <summary>'kentico' or 'brightpearl': who set the current status (SyncOrigin).</summary>
    [DatabaseField]
    public virtual string? OrderLinkStatusOrigin
    {
        get => InfoValues.NullableString(this, nameof(OrderLinkStatusOrigin));
        set => SetValue(nameof(OrderLinkStatusOrigin), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public OrderLinkInfo() : base(TYPEINFO)
    {
    }

    public OrderLinkInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
