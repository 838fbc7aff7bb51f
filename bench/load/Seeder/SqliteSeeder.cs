using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Basalt.Bench.Seeder;

/// <summary>
/// Loads <see cref="ShopRows"/> into a SQLite file that <c>basalt migrate apply</c> created: one transaction, one
/// prepared INSERT per table with its parameters rebound per row, constraints and foreign keys on (so a row that
/// breaks a spec rule fails the load), then <c>ANALYZE</c> so the planner sees the real sizes.
/// </summary>
public static class SqliteSeeder
{
    public static async Task SeedAsync(string path, ShopRows rows)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist: create it with basalt migrate apply first");
        }
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await connection.OpenAsync();
        // The spec's pattern checks call regexp(); Basalt registers a .NET Regex behind it, and so must any writer.
        connection.CreateFunction<string?, string?, bool?>(
            "regexp", (pattern, value) => pattern is null || value is null ? null : Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant), isDeterministic: true);
        // A benchmark fixture, rebuilt on every run: durability of the load itself does not matter, speed does.
        await ExecuteAsync(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000");
        if (await CountAsync(connection, "products") > 0)
        {
            throw new InvalidOperationException($"{path} already holds products; seed a fresh database");
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await InsertAsync(connection, transaction,
            "INSERT INTO categories (id, parent_id, name, slug) VALUES (@p1, @p2, @p3, @p4)",
            rows.Categories(), c => [c.Id, c.ParentId, c.Name, c.Slug]);
        await InsertAsync(connection, transaction,
            "INSERT INTO products (id, category_id, sku, name, description, price, stock, status, tags, attributes, created_at, updated_at) "
            + "VALUES (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)",
            rows.Products(), p => [p.Id, p.CategoryId, p.Sku, p.Name, p.Description, (double)p.Price, p.Stock, p.Status,
                JsonSerializer.Serialize(p.Tags), p.AttributesJson, ShopRows.SqliteTimestamp(p.CreatedAt), ShopRows.SqliteTimestamp(p.UpdatedAt)]);
        await InsertAsync(connection, transaction,
            "INSERT INTO inventory_movements (id, product_id, delta, reason, note, created_at) VALUES (@p1, @p2, @p3, @p4, @p5, @p6)",
            rows.Movements(), m => [m.Id, m.ProductId, m.Delta, m.Reason, m.Note, ShopRows.SqliteTimestamp(m.CreatedAt)]);
        await transaction.CommitAsync();

        await ExecuteAsync(connection, "ANALYZE");
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static async Task InsertAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<T> items, Func<T, object?[]> values)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = new List<SqliteParameter>();
        foreach (var item in items)
        {
            var row = values(item);
            if (parameters.Count == 0)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters.Add(command.Parameters.Add(new SqliteParameter($"@p{i + 1}", null)));
                }
                command.Prepare();
            }
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<long> CountAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
