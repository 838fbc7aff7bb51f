using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;
using Basalt.Sql.Introspection;
using Basalt.Sql.Postgres.Rendering;

namespace Basalt.Sql.Postgres.Introspection;

/// <summary>
/// The shape <see cref="PostgresIntrospector"/> must find in a database migrated to a schema, spelled the way the
/// introspector reports it: <c>format_type</c> type names, defaults as <c>pg_get_expr</c> prints them (see
/// <see cref="PostgresDefaults"/>), names cut to 63 bytes as PostgreSQL stores them. Check expressions are not
/// compared (PostgreSQL rewrites their text), only their names.
/// </summary>
internal static class PostgresExpectedSchema
{
    public static PhysicalSchema Build(DatabaseSchema schema)
    {
        var tables = schema.Tables.Select(t => Table(schema, t)).ToArray();
        var enums = schema.Tables.SelectMany(t => t.Columns.Where(c => c.Type.Kind == ColumnKind.Enum)
            .Select(c => new PhysicalEnum(EnumName(t.Name, c.Name), c.Type.Values))).ToArray();
        return new PhysicalSchema(tables, enums);
    }

    /// <summary>An enum type's name as reported: <c>posts_status</c>, <c>auth.auth_users_role</c>.</summary>
    public static string EnumName(TableName table, string column) =>
        PostgresSql.DisplayInSchema(table, PostgresTypeMapper.EnumTypeName(table, column));

    private static PhysicalTable Table(DatabaseSchema schema, TableSchema table)
    {
        var name = table.Name;
        var columns = table.Columns.Select(c => new PhysicalColumn(
            PostgresSql.Truncate(c.Name),
            PostgresTypeMapper.Store(name, c.Name, c.Type),
            PostgresTableRenderer.IsNotNull(table, c),
            PostgresDefaults.Expected(name, c))).ToArray();
        var indexes = table.Uniques.Select(u => new PhysicalIndex(PostgresSql.Truncate(u.Name), Names(u.Columns), Unique: true))
            .Concat(table.Indexes.Select(i => new PhysicalIndex(PostgresSql.Truncate(i.Name), IndexColumns(i), i.Unique)))
            .ToArray();
        var foreignKeys = table.ForeignKeys.Select(k => new PhysicalForeignKey(
            PostgresSql.Truncate(k.Name),
            Names(k.Columns),
            PostgresSql.TableDisplayName(k.RefTable),
            Names(k.RefColumns.Count > 0 ? k.RefColumns : schema.Find(k.RefTable)?.PrimaryKey ?? []),
            PostgresTableRenderer.OnDeleteName(k.OnDelete))).ToArray();
        var checks = table.Columns.SelectMany(c => PostgresCheckRenderer.For(name, c))
            .Select(c => new PhysicalCheck(PostgresSql.Truncate(c.Name), Expression: null)).ToArray();
        return new PhysicalTable(PostgresSql.TableDisplayName(name), columns, Names(table.PrimaryKey), indexes, foreignKeys, checks);
    }

    private static IReadOnlyList<string> IndexColumns(IndexSchema index) => index.Kind == IndexKind.FullText
        ? [PostgresFullTextIndex.Describe(index.Columns.Select(c => PostgresSql.Truncate(c.Name)))]
        : index.Columns.Select(c => PostgresSql.Truncate(c.Name) + (c.Descending ? " desc" : "")).ToArray();

    private static string[] Names(IEnumerable<string> names) => names.Select(n => PostgresSql.Truncate(n)).ToArray();
}
