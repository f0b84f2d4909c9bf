// Mirrors Kentico/xperience-by-kentico-lucene src/Kentico.Xperience.Lucene.Core/LuceneModuleInstaller.cs and
// Kentico/xperience-by-kentico-crm src/Kentico.Xperience.CRM.Common/Admin/CRMModuleInstaller.cs: a ResourceInfo plus
// one DataClassInfo per table, created at startup and merged with any existing definition.
using CMS.DataEngine;
using CMS.FormEngine;
using CMS.Modules;

namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// Creates (or extends) the extension's module and its tables when the application starts, so installing the
/// extension needs no SQL script and an upgrade that adds a column needs no migration step.
/// </summary>
internal sealed class BrightpearlConnectModuleInstaller(IInfoProvider<ResourceInfo> resourceProvider)
{
    // "CMS." prefix: as in the Lucene installer, it stops Kentico's code generator from emitting classes that
    // this assembly already ships.
    private const string RESOURCE_NAME = "CMS.Integration.BrightpearlConnect";

    private static readonly ModuleTable[] TABLES =
    [
        new(OrderLinkInfo.TYPEINFO, "Brightpearl order link", OrderLinkInfo.COLUMNS),
        new(ShipmentInfo.TYPEINFO, "Brightpearl shipment", ShipmentInfo.COLUMNS),
        new(StockLevelInfo.TYPEINFO, "Brightpearl stock level", StockLevelInfo.COLUMNS),
        new(RefundInfo.TYPEINFO, "Brightpearl refund", RefundInfo.COLUMNS),
        new(CustomerLinkInfo.TYPEINFO, "Brightpearl customer link", CustomerLinkInfo.COLUMNS),
        new(ProductRecordInfo.TYPEINFO, "Brightpearl product record", ProductRecordInfo.COLUMNS),
        new(OutboxEventInfo.TYPEINFO, "Brightpearl outbox event", OutboxEventInfo.COLUMNS),
    ];

    public void Install()
    {
        var resource = InstallResource();
        foreach (var table in TABLES)
        {
            InstallTable(resource, table);
        }
    }

    private ResourceInfo InstallResource()
    {
        var resource = resourceProvider.Get(RESOURCE_NAME) ?? new ResourceInfo();
        resource.ResourceName = RESOURCE_NAME;
        resource.ResourceDisplayName = "Brightpearl Connect";
        resource.ResourceDescription = "Brightpearl Connect: order links, stock, shipments, refunds and the event outbox";
        resource.ResourceIsInDevelopment = false;
        if (resource.HasChanged)
        {
            resourceProvider.Set(resource);
        }
        return resource;
    }

    private static void InstallTable(ResourceInfo resource, ModuleTable table)
    {
        var objectType = table.TypeInfo.ObjectType;
        var info = DataClassInfoProvider.GetDataClassInfo(objectType) ?? DataClassInfo.New(objectType);
        info.ClassName = table.TypeInfo.ObjectClassName;
        info.ClassTableName = table.TypeInfo.ObjectClassName.Replace(".", "_");
        info.ClassDisplayName = table.DisplayName;
        info.ClassType = ClassType.OTHER;
        info.ClassResourceID = resource.ResourceID;

        var form = FormHelper.GetBasicFormDefinition(table.TypeInfo.IDColumn);
        foreach (var column in table.Columns)
        {
            form.AddFormItem(ToField(column));
        }
        SetFormDefinition(info, form);
        if (info.HasChanged)
        {
            DataClassInfoProvider.SetDataClassInfo(info);
        }
    }

    private static FormFieldInfo ToField(ColumnDefinition column) => new()
    {
        Name = column.Name,
        DataType = column.DataType,
        Size = column.Size,
        Precision = column.Precision,
        AllowEmpty = column.AllowEmpty,
        Visible = false,
        Enabled = true,
    };

    /// <summary>Merges with an existing definition, so columns added by a later version appear on upgrade.</summary>
    private static void SetFormDefinition(DataClassInfo info, FormInfo form)
    {
        if (info.ClassID > 0)
        {
            var existing = new FormInfo(info.ClassFormDefinition);
            existing.CombineWithForm(form, new());
            info.ClassFormDefinition = existing.GetXmlDefinition();
        }
        else
        {
            info.ClassFormDefinition = form.GetXmlDefinition();
        }
    }

    private sealed record ModuleTable(ObjectTypeInfo TypeInfo, string DisplayName, ColumnDefinition[] Columns);
}
