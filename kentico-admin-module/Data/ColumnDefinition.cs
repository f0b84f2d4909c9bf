// Mirrors the FormFieldInfo values of Kentico/xperience-by-kentico-crm
// src/Kentico.Xperience.CRM.Common/Admin/CRMModuleInstaller.cs and of
// Kentico/xperience-by-kentico-lucene src/Kentico.Xperience.Lucene.Core/LuceneModuleInstaller.cs.
namespace BrightpearlConnect.Admin.Data;

/// <summary>
/// One column of an extension table, declared next to the Info property that reads it, so the installer and
/// the Info class cannot drift apart. Data type names are Kentico's form data types ("text", "integer"...).
/// </summary>
internal sealed record ColumnDefinition(string Name, string DataType, int Size, int Precision, bool AllowEmpty)
{
    public static ColumnDefinition Text(string name, int size, bool allowEmpty = false) => new(name, "text", size, 0, allowEmpty);

    public static ColumnDefinition LongText(string name, bool allowEmpty = true) => new(name, "longtext", 0, 0, allowEmpty);

    public static ColumnDefinition Integer(string name, bool allowEmpty = false) => new(name, "integer", 0, 0, allowEmpty);

    /// <summary>decimal(19,4), the precision XbyK commerce uses for money.</summary>
    public static ColumnDefinition Money(string name, bool allowEmpty = false) => new(name, "decimal", 19, 4, allowEmpty);

    public static ColumnDefinition DateTime(string name, bool allowEmpty = false) => new(name, "datetime", 0, 7, allowEmpty);

    public static ColumnDefinition Boolean(string name) => new(name, "boolean", 0, 0, false);

    public static ColumnDefinition Guid(string name) => new(name, "guid", 0, 0, false);
}
