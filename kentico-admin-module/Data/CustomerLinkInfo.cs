// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(CustomerLinkInfo), CustomerLinkInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// The columns Commerce_Customer lacks: a modified time (the customer sync compares it), credit terms (Brightpearl
/// owns them by default) and the Brightpearl contact id.
/// </summary>
public partial class CustomerLinkInfo : AbstractInfo<CustomerLinkInfo, IInfoProvider<CustomerLinkInfo>>, IInfoWithId
{
    public const string OBJECT_TYPE = "bpconnect.customerlink";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<CustomerLinkInfo>), OBJECT_TYPE, "BpConnect.CustomerLink", nameof(CustomerLinkID), null, null, null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Integer(nameof(CustomerLinkCustomerID)),
        ColumnDefinition.Guid(nameof(CustomerLinkCustomerGUID)),
        ColumnDefinition.DateTime(nameof(CustomerLinkModifiedWhen)),
        ColumnDefinition.Money(nameof(CustomerLinkCreditLimit), allowEmpty: true),
        ColumnDefinition.Integer(nameof(CustomerLinkCreditTermDays), allowEmpty: true),
        ColumnDefinition.Integer(nameof(CustomerLinkBrightpearlContactID), allowEmpty: true),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int CustomerLinkID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(CustomerLinkID)), 0);
        set => SetValue(nameof(CustomerLinkID), value);
    }

    /// <summary>Commerce_Customer.CustomerID.</summary>
    [DatabaseField]
    public virtual int CustomerLinkCustomerID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(CustomerLinkCustomerID)), 0);
        set => SetValue(nameof(CustomerLinkCustomerID), value);
    }

    /// <summary>Commerce_Customer.CustomerGUID.</summary>
    [DatabaseField]
    public virtual Guid CustomerLinkCustomerGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(CustomerLinkCustomerGUID)), Guid.Empty);
        set => SetValue(nameof(CustomerLinkCustomerGUID), value);
    }

    /// <summary>Last change of the customer or of these columns.</summary>
    [DatabaseField]
    public virtual DateTime CustomerLinkModifiedWhen
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(CustomerLinkModifiedWhen)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(CustomerLinkModifiedWhen), value);
    }

    /// <summary>Credit limit, if Brightpearl set one.</summary>
    [DatabaseField]
    public virtual decimal? CustomerLinkCreditLimit
    {
        get => InfoValues.NullableDecimal(this, nameof(CustomerLinkCreditLimit));
        set => SetValue(nameof(CustomerLinkCreditLimit), value);
    }

    /// <summary>Credit term in days, if Brightpearl set one.</summary>
    [DatabaseField]
    public virtual int? CustomerLinkCreditTermDays
    {
        get => InfoValues.NullableInteger(this, nameof(CustomerLinkCreditTermDays));
        set => SetValue(nameof(CustomerLinkCreditTermDays), value);
    }

    /// <summary>The Brightpearl contact id, once known.</summary>
    [DatabaseField]
    public virtual int? CustomerLinkBrightpearlContactID
    {
        get => InfoValues.NullableInteger(this, nameof(CustomerLinkBrightpearlContactID));
        set => SetValue(nameof(CustomerLinkBrightpearlContactID), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public CustomerLinkInfo() : base(TYPEINFO)
    {
    }

    public CustomerLinkInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
