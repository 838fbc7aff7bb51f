using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.OpenApi.Parameters;

/// <summary>Names of the reusable parameters in <c>components.parameters</c>: shared ones, then per table.</summary>
internal static class ParameterNames
{
    public const string Limit = "limit";
    public const string Offset = "offset";
    public const string Or = "or";
    public const string And = "and";
    public const string Range = "range";
    public const string RangeUnit = "range_unit";

    public static string Prefer(RequestKind kind) => "prefer." + kind.ToString().ToLowerInvariant();

    public static string Select(TableSchema table) => table.Name.Name + ".select";

    public static string Order(TableSchema table) => table.Name.Name + ".order";

    public static string OnConflict(TableSchema table) => table.Name.Name + ".on_conflict";

    public static string Columns(TableSchema table) => table.Name.Name + ".columns";

    public static string Filter(TableSchema table, ColumnSchema column) => $"{table.Name.Name}.filter.{column.Name}";
}
