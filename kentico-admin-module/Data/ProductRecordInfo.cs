// Shape mirrors Kentico/xperience-by-kentico-training-guides
// src/TrainingGuides.Entities/Classes/ProductAvailableStock/ProductAvailableStockInfo.generated.cs
// (AbstractInfo over IInfoProvider<T>, RegisterObjectType); the table is created by BrightpearlConnectModuleInstaller.
using System.Data;

using BrightpearlConnect.Admin.Data;

using CMS;
using CMS.DataEngine;
using CMS.Helpers;

[assembly: RegisterObjectType(typeof(ProductRecordInfo), ProductRecordInfo.OBJECT_TYPE)]

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// A product as the bridge sees it, keyed by SKU. XbyK products are content items of the merchant's own content
/// types, so the mapping onto them is project code (see the install guide); this table is what the bridge reads
/// and writes, and what decides whether a SKU "has a product" for stock.
/// </summary>
public partial class ProductRecordInfo : AbstractInfo<ProductRecordInfo, IInfoProvider<ProductRecordInfo>>, IInfoWithId, IInfoWithGuid
{
    public const string OBJECT_TYPE = "bpconnect.productrecord";

    public static readonly ObjectTypeInfo TYPEINFO = new(
        typeof(IInfoProvider<ProductRecordInfo>), OBJECT_TYPE, "BpConnect.ProductRecord", nameof(ProductRecordID), nameof(ProductRecordLastModified), nameof(ProductRecordGUID), null, null, null, null, null)
    {
        TouchCacheDependencies = true,
    };

    /// <summary>The columns after the primary key, for the installer.</summary>
    internal static readonly ColumnDefinition[] COLUMNS =
    [
        ColumnDefinition.Guid(nameof(ProductRecordGUID)),
        ColumnDefinition.Text(nameof(ProductRecordSKU), 100),
        ColumnDefinition.Text(nameof(ProductRecordName), 450),
        ColumnDefinition.Integer(nameof(ProductRecordGroupID), allowEmpty: true),
        ColumnDefinition.LongText(nameof(ProductRecordVariations), allowEmpty: false),
        ColumnDefinition.Money(nameof(ProductRecordPrice), allowEmpty: true),
        ColumnDefinition.Text(nameof(ProductRecordCurrencyCode), 3),
        ColumnDefinition.Text(nameof(ProductRecordStatus), 20),
        ColumnDefinition.Integer(nameof(ProductRecordBrightpearlProductID), allowEmpty: true),
        ColumnDefinition.Money(nameof(ProductRecordTaxRate)),
        ColumnDefinition.Boolean(nameof(ProductRecordStockTracked)),
        ColumnDefinition.Text(nameof(ProductRecordAuthoredIn), 20),
        ColumnDefinition.LongText(nameof(ProductRecordDescription)),
        ColumnDefinition.LongText(nameof(ProductRecordCustomFields)),
        ColumnDefinition.DateTime(nameof(ProductRecordLastModified)),
    ];

    /// <summary>Primary key.</summary>
    [DatabaseField]
    public virtual int ProductRecordID
    {
        get => ValidationHelper.GetInteger(GetValue(nameof(ProductRecordID)), 0);
        set => SetValue(nameof(ProductRecordID), value);
    }

    /// <summary>The product content item's GUID where one exists (product.updated carries it).</summary>
    [DatabaseField]
    public virtual Guid ProductRecordGUID
    {
        get => ValidationHelper.GetGuid(GetValue(nameof(ProductRecordGUID)), Guid.Empty);
        set => SetValue(nameof(ProductRecordGUID), value);
    }

    /// <summary>The SKU, matched exactly.</summary>
    [DatabaseField]
    public virtual string ProductRecordSKU
    {
        get => ValidationHelper.GetString(GetValue(nameof(ProductRecordSKU)), string.Empty);
        set => SetValue(nameof(ProductRecordSKU), value);
    }

    /// <summary>Product name.</summary>
    [DatabaseField]
    public virtual string ProductRecordName
    {
        get => ValidationHelper.GetString(GetValue(nameof(ProductRecordName)), string.Empty);
        set => SetValue(nameof(ProductRecordName), value);
    }

    /// <summary>Brightpearl product group; variants of one product share it.</summary>
    [DatabaseField]
    public virtual int? ProductRecordGroupID
    {
        get => InfoValues.NullableInteger(this, nameof(ProductRecordGroupID));
        set => SetValue(nameof(ProductRecordGroupID), value);
    }

    /// <summary>JSON array of {option, value}.</summary>
    [DatabaseField]
    public virtual string ProductRecordVariations
    {
        get => ValidationHelper.GetString(GetValue(nameof(ProductRecordVariations)), string.Empty);
        set => SetValue(nameof(ProductRecordVariations), value);
    }

    /// <summary>Set by the merchant's product transform (description); null when none.</summary>
    [DatabaseField]
    public virtual string? ProductRecordDescription
    {
        get => InfoValues.NullableString(this, nameof(ProductRecordDescription));
        set => SetValue(nameof(ProductRecordDescription), value);
    }

    /// <summary>JSON object of the fields set by product transforms (customFields.*); null when none.</summary>
    [DatabaseField]
    public virtual string? ProductRecordCustomFields
    {
        get => InfoValues.NullableString(this, nameof(ProductRecordCustomFields));
        set => SetValue(nameof(ProductRecordCustomFields), value);
    }

    /// <summary>Price on the mapped price list; null when unset.</summary>
    [DatabaseField]
    public virtual decimal? ProductRecordPrice
    {
        get => InfoValues.NullableDecimal(this, nameof(ProductRecordPrice));
        set => SetValue(nameof(ProductRecordPrice), value);
    }

    /// <summary>ISO 4217 code of the price.</summary>
    [DatabaseField]
    public virtual string ProductRecordCurrencyCode
    {
        get => ValidationHelper.GetString(GetValue(nameof(ProductRecordCurrencyCode)), string.Empty);
        set => SetValue(nameof(ProductRecordCurrencyCode), value);
    }

    /// <summary>'LIVE' or 'ARCHIVED'.</summary>
    [DatabaseField]
    public virtual string ProductRecordStatus
    {
        get => ValidationHelper.GetString(GetValue(nameof(ProductRecordStatus)), string.Empty);
        set => SetValue(nameof(ProductRecordStatus), value);
    }

    /// <summary>The Brightpearl product id, once known.</summary>
    [DatabaseField]
    public virtual int? ProductRecordBrightpearlProductID
    {
        get => InfoValues.NullableInteger(this, nameof(ProductRecordBrightpearlProductID));
        set => SetValue(nameof(ProductRecordBrightpearlProductID), value);
    }

    /// <summary>Tax rate in percent, e.g. 20.</summary>
    [DatabaseField]
    public virtual decimal ProductRecordTaxRate
    {
        get => ValidationHelper.GetDecimal(GetValue(nameof(ProductRecordTaxRate)), 0m);
        set => SetValue(nameof(ProductRecordTaxRate), value);
    }

    /// <summary>Whether stock is managed for this SKU.</summary>
    [DatabaseField]
    public virtual bool ProductRecordStockTracked
    {
        get => ValidationHelper.GetBoolean(GetValue(nameof(ProductRecordStockTracked)), false);
        set => SetValue(nameof(ProductRecordStockTracked), value);
    }

    /// <summary>'brightpearl' (imported) or 'kentico' (created by the merchant).</summary>
    [DatabaseField]
    public virtual string ProductRecordAuthoredIn
    {
        get => ValidationHelper.GetString(GetValue(nameof(ProductRecordAuthoredIn)), string.Empty);
        set => SetValue(nameof(ProductRecordAuthoredIn), value);
    }

    /// <summary>Row timestamp, set by Kentico on every save.</summary>
    [DatabaseField]
    public virtual DateTime ProductRecordLastModified
    {
        get => ValidationHelper.GetDateTime(GetValue(nameof(ProductRecordLastModified)), DateTimeHelper.ZERO_TIME);
        set => SetValue(nameof(ProductRecordLastModified), value);
    }

    protected override void DeleteObject() => Provider.Delete(this);

    protected override void SetObject() => Provider.Set(this);

    public ProductRecordInfo() : base(TYPEINFO)
    {
    }

    public ProductRecordInfo(DataRow dr) : base(TYPEINFO, dr)
    {
    }
}
