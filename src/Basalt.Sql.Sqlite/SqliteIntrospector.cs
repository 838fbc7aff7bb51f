using System.Data.Common;
using Basalt.Sql.Introspection;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// Reads the live shape of a SQLite file: tables from <c>sqlite_schema</c>, columns, indexes and foreign keys
/// from the pragma table functions, and the names they do not report from the stored CREATE TABLE text.
/// </summary>
internal static class SqliteIntrospector
{
    public static async Task<PhysicalSchema> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // GLOB, not LIKE: '_' is a wildcard to LIKE. Virtual tables (FTS) are not tables the spec declares.
        var tables = await QueryAsync(connection, """
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name <> '_basalt_migrations'
              AND name NOT GLOB '_basalt_new_*' AND sql NOT LIKE 'CREATE VIRTUAL%'
            ORDER BY name
            """, null, r => (Name: r.GetString(0), Sql: r.GetString(1)), cancellationToken);
        var result = new List<PhysicalTable>();
        foreach (var (name, sql) in tables)
        {
            result.Add(await ReadTableAsync(connection, name, SqliteCreateTableParser.Parse(sql), cancellationToken));
        }
        return new PhysicalSchema(result, []);
    }

    public static async Task<PhysicalTable> ReadTableAsync(DbConnection connection, string table, SqliteTableDefinition definition, CancellationToken cancellationToken)
    {
        var columns = await QueryAsync(connection,
            "SELECT name, lower(type), \"notnull\", dflt_value, pk FROM pragma_table_xinfo($t) WHERE hidden <> 1 ORDER BY cid", table,
            r => (Column: new PhysicalColumn(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, r.IsDBNull(3) ? null : r.GetString(3)), Pk: r.GetInt64(4)),
            cancellationToken);
        var primaryKey = columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Column.Name).ToArray();
        var checks = definition.Checks.Select((c, i) => new PhysicalCheck(c.Name ?? $"unnamed check {i + 1}", c.Expression));
        var indexes = await ReadIndexesAsync(connection, table, definition, cancellationToken);
        var keys = await ReadForeignKeysAsync(connection, table, definition, cancellationToken);
        return new PhysicalTable(
            table,
            columns.Select(c => c.Column).ToArray(),
            primaryKey,
            Distinct(indexes, i => i.Name, (i, n) => i with { Name = n }),
            Distinct(keys, k => k.Name, (k, n) => k with { Name = n }),
            Distinct(checks, c => c.Name, (c, n) => c with { Name = n }));
    }

    /// <summary>
    /// SQLite does not require constraint names to be unique, but the comparer matches by name: a repeated
    /// name gets a suffix, so a hand-made duplicate shows as drift instead of breaking the comparison.
    /// </summary>
    private static T[] Distinct<T>(IEnumerable<T> items, Func<T, string> name, Func<T, string, T> rename)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var item in items)
        {
            var unique = name(item);
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = $"{name(item)} ({n})";
            }
            result.Add(unique == name(item) ? item : rename(item, unique));
        }
        return result.ToArray();
    }

    private static async Task<IReadOnlyList<PhysicalIndex>> ReadIndexesAsync(DbConnection connection, string table, SqliteTableDefinition definition, CancellationToken cancellationToken)
    {
        var list = await QueryAsync(connection,
            "SELECT name, \"unique\", origin FROM pragma_index_list($t) WHERE origin <> 'pk' ORDER BY name", table,
            r => (Name: r.GetString(0), Unique: r.GetInt64(1) != 0, Origin: r.GetString(2)), cancellationToken);
        var unclaimed = definition.Uniques.Where(u => u.Name is not null).ToList();
        var indexes = new List<PhysicalIndex>();
        foreach (var (name, unique, origin) in list)
        {
            var columns = await QueryAsync(connection,
                "SELECT name, \"desc\" FROM pragma_index_xinfo($t) WHERE key = 1 ORDER BY seqno", name,
                r => (r.IsDBNull(0) ? "<expression>" : r.GetString(0)) + (r.GetInt64(1) != 0 ? " desc" : ""), cancellationToken);
            var indexName = name;
            if (origin == "u" && unclaimed.FirstOrDefault(u => u.Columns.SequenceEqual(columns, StringComparer.OrdinalIgnoreCase)) is { } constraint)
            {
                // An automatic index (sqlite_autoindex_t_N) carries the name of the UNIQUE constraint it serves.
                unclaimed.Remove(constraint);
                indexName = constraint.Name!;
            }
            indexes.Add(new PhysicalIndex(indexName, columns, unique));
        }
        return indexes;
    }

    private static async Task<IReadOnlyList<PhysicalForeignKey>> ReadForeignKeysAsync(DbConnection connection, string table, SqliteTableDefinition definition, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(connection,
            "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list($t) ORDER BY id, seq", table,
            r => (Id: r.GetInt64(0), RefTable: r.GetString(1), From: r.GetString(2), To: r.IsDBNull(3) ? null : r.GetString(3), OnDelete: r.GetString(4)),
            cancellationToken);
        var unclaimed = definition.ForeignKeys.ToList();
        var keys = new List<PhysicalForeignKey>();
        foreach (var key in rows.GroupBy(r => r.Id))
        {
            var first = key.First();
            var columns = key.Select(r => r.From).ToArray();
            var refColumns = key.Where(r => r.To is not null).Select(r => r.To!).ToArray();
            var named = unclaimed.FirstOrDefault(k => k.Columns.SequenceEqual(columns, StringComparer.OrdinalIgnoreCase));
            if (named is not null)
            {
                unclaimed.Remove(named);
            }
            keys.Add(new PhysicalForeignKey(named?.Name ?? $"unnamed foreign key {key.Key}", columns, first.RefTable, refColumns, SqliteExpectedSchema.OnDelete(first.OnDelete)));
        }
        return keys;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, string? argument, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (argument is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$t";
            parameter.Value = argument;
            command.Parameters.Add(parameter);
        }
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
