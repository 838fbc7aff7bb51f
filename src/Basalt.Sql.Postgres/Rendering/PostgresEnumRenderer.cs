using System.Text.Json;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// The enum type behind each enum column: created before its table, dropped after it, renamed with its column, and
/// changed in place when labels are only added.
/// </summary>
internal static class PostgresEnumRenderer
{
    public static string Create(TableName table, string column, IReadOnlyList<string> values) =>
        $"CREATE TYPE {PostgresTypeMapper.QuotedEnumType(table, column)} AS ENUM ({string.Join(", ", values.Select(PostgresSql.Literal))})";

    public static string Drop(TableName table, string column) => $"DROP TYPE {PostgresTypeMapper.QuotedEnumType(table, column)}";

    /// <summary>Keeps the type's name derivable from the column's after a column rename.</summary>
    public static string Rename(TableName table, string fromColumn, string toColumn) =>
        $"ALTER TYPE {PostgresTypeMapper.QuotedEnumType(table, fromColumn)} RENAME TO {PostgresSql.Quote(PostgresTypeMapper.EnumTypeName(table, toColumn))}";

    /// <summary>
    /// <c>ALTER TYPE … ADD VALUE</c> for each new label, in the position the new declaration gives it; null when
    /// labels were removed or reordered, which needs a new type.
    /// </summary>
    /// <remarks>
    /// ADD VALUE runs inside a transaction block on PostgreSQL 12 and later, but the new label cannot be used in
    /// that same transaction (error 55P04). So this path is only taken when nothing else in the change uses a new
    /// label (see <see cref="UsesAny"/>); the migration that adds a label commits before any row can hold it.
    /// </remarks>
    public static IReadOnlyList<string>? AddValues(TableName table, string column, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Count == 0 || !after.Where(before.Contains).SequenceEqual(before) || after.Distinct().Count() != after.Count)
        {
            return null;
        }
        var type = PostgresTypeMapper.QuotedEnumType(table, column);
        var statements = new List<string>();
        for (var i = 0; i < after.Count; i++)
        {
            if (before.Contains(after[i]))
            {
                continue;
            }
            // The label before this one already exists (old, or added by the previous statement); the first label
            // goes before the first old label in the new order.
            var position = i > 0
                ? $"AFTER {PostgresSql.Literal(after[i - 1])}"
                : $"BEFORE {PostgresSql.Literal(after.First(before.Contains))}";
            statements.Add($"ALTER TYPE {type} ADD VALUE {PostgresSql.Literal(after[i])} {position}");
        }
        return statements;
    }

    /// <summary>True when a literal default names one of the labels (also inside an array default).</summary>
    public static bool UsesAny(ColumnDefault? value, IReadOnlyList<string> labels)
    {
        if (value is not { Kind: DefaultKind.Literal, LiteralJson: { } json })
        {
            return false;
        }
        using var document = JsonDocument.Parse(json);
        return Strings(document.RootElement).Any(labels.Contains);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings).ToArray(),
        _ => [],
    };
}
