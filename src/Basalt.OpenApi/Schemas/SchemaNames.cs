using Basalt.Spec.Schema;

namespace Basalt.OpenApi.Schemas;

/// <summary>
/// Component names, one place for all: a table's row schema is named after the table (as in PostgREST's
/// document), its request schemas add a suffix. Table names are lower case, so <see cref="Error"/> cannot clash.
/// </summary>
internal static class SchemaNames
{
    public const string Error = "Error";

    public static string Row(TableSchema table) => table.Name.Name;

    public static string Insert(TableSchema table) => table.Name.Name + ".insert";

    public static string Update(TableSchema table) => table.Name.Name + ".update";

    public static string Replace(TableSchema table) => table.Name.Name + ".replace";
}
