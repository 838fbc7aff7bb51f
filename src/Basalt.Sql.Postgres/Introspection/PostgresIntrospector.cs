using System.Data.Common;
using Basalt.Sql.Introspection;
using Basalt.Sql.Postgres.Rendering;

namespace Basalt.Sql.Postgres.Introspection;

/// <summary>
/// Reads a live database's shape from the catalogs (<c>pg_class</c>, <c>pg_attribute</c>, <c>pg_constraint</c>,
/// <c>pg_index</c>, <c>pg_enum</c>) in one round trip, normalised to compare with <see cref="PostgresExpectedSchema"/>.
/// </summary>
internal static class PostgresIntrospector
{
    public static async Task<PhysicalSchema> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PostgresCatalogQueries.Batch;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var tables = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }
        var columns = await ReadAllAsync(reader, r => (Table: r.GetString(0), Column: Column(r)), cancellationToken);
        var keys = await ReadAllAsync(reader, r => (Table: r.GetString(0), Columns: r.GetFieldValue<string[]>(1)), cancellationToken);
        var indexes = await ReadAllAsync(reader, r => (Table: r.GetString(0), Index: Index(r)), cancellationToken);
        var foreignKeys = await ReadAllAsync(reader, r => (Table: r.GetString(0), Key: ForeignKey(r)), cancellationToken);
        var checks = await ReadAllAsync(reader, r => (Table: r.GetString(0), Check: new PhysicalCheck(r.GetString(1), null)), cancellationToken);
        var enums = await ReadAllAsync(reader, r => new PhysicalEnum(r.GetString(0), r.GetFieldValue<string[]>(1)), cancellationToken);

        var physical = tables.Select(name => new PhysicalTable(
            name,
            columns.Where(c => c.Table == name).Select(c => c.Column).ToArray(),
            keys.FirstOrDefault(k => k.Table == name).Columns ?? [],
            indexes.Where(i => i.Table == name).Select(i => i.Index).ToArray(),
            foreignKeys.Where(f => f.Table == name).Select(f => f.Key).ToArray(),
            checks.Where(c => c.Table == name).Select(c => c.Check).ToArray())).ToArray();
        return new PhysicalSchema(physical, enums);
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static PhysicalColumn Column(DbDataReader r)
    {
        var storeType = r.GetString(2);
        var identity = r.GetString(4);
        var @default = identity switch
        {
            "d" => PostgresDefaults.IdentityMarker,
            "a" => PostgresDefaults.IdentityMarker + " always",
            _ => PostgresDefaults.Normalise(r.IsDBNull(5) ? null : r.GetString(5), storeType),
        };
        return new PhysicalColumn(r.GetString(1), storeType, r.GetBoolean(3), @default);
    }

    private static PhysicalIndex Index(DbDataReader r)
    {
        var columns = r.GetFieldValue<string[]>(3);
        // An expression index that Basalt wrote for full-text search reads back as the columns it covers.
        if (columns is [var expression] && PostgresFullTextIndex.TryDescribe(expression) is { } fullText)
        {
            columns = [fullText];
        }
        return new PhysicalIndex(r.GetString(1), columns, r.GetBoolean(2));
    }

    private static PhysicalForeignKey ForeignKey(DbDataReader r) => new(
        r.GetString(1),
        r.GetFieldValue<string[]>(2),
        r.GetString(3),
        r.GetFieldValue<string[]>(4),
        r.GetString(5) switch
        {
            "c" => "cascade",
            "r" => "restrict",
            "n" => "set null",
            "d" => "set default",
            _ => "no action",
        });
}
