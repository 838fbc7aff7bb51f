using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>Resolves a field the client named (a column with an optional JSON path) against one table.</summary>
internal static class FieldResolver
{
    public static FieldRef Resolve(TableSchema table, FieldPath field)
    {
        var column = table.FindColumn(field.Name) ?? throw new PlanException(SchemaErrors.UnknownColumn(table, field.Name));
        if (field.Json.Count > 0 && (column.Type.IsArray || column.Type.Kind is not (ColumnKind.Json or ColumnKind.Jsonb)))
        {
            throw new PlanException(SchemaErrors.JsonPathOnScalar(column, field.Json[0].AsText));
        }
        return new FieldRef(column, field.Json);
    }

    /// <summary>PostgREST's default key for a field: the column, or the last key of its JSON path.</summary>
    public static string DefaultKey(FieldPath field)
    {
        for (var i = field.Json.Count - 1; i >= 0; i--)
        {
            if (!field.Json[i].IsIndex)
            {
                return field.Json[i].Key;
            }
        }
        return field.Name;
    }
}
