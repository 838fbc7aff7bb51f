using System.Globalization;
using System.Text;
using Npgsql;

namespace Basalt.Bench.Seeder;

/// <summary>
/// Loads <see cref="ShopRows"/> into a PostgreSQL database that <c>basalt migrate apply</c> created: <c>COPY … FROM
/// STDIN</c> in CSV form inside one transaction (constraints and enum types check every row), then moves each
/// identity past the explicit ids and runs <c>ANALYZE</c>.
/// </summary>
public static class PostgresSeeder
{
    private static readonly string[] Tables = ["categories", "products", "inventory_movements"];

    public static async Task SeedAsync(string connectionString, ShopRows rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var check = new NpgsqlCommand("SELECT count(*) FROM products", connection))
        {
            if ((long)(await check.ExecuteScalarAsync())! > 0)
            {
                throw new InvalidOperationException("the database already holds products; seed a fresh database");
            }
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await CopyAsync(connection, "categories (id, parent_id, name, slug)", rows.Categories(), c => [Id(c.Id), Id(c.ParentId), c.Name, c.Slug]);
        await CopyAsync(connection, "products (id, category_id, sku, name, description, price, stock, status, tags, attributes, created_at, updated_at)",
            rows.Products(), p => [Id(p.Id), Id(p.CategoryId), p.Sku, p.Name, p.Description, p.Price.ToString(CultureInfo.InvariantCulture),
                p.Stock.ToString(CultureInfo.InvariantCulture), p.Status, "{" + string.Join(',', p.Tags) + "}", p.AttributesJson,
                ShopRows.SqliteTimestamp(p.CreatedAt), ShopRows.SqliteTimestamp(p.UpdatedAt)]);
        await CopyAsync(connection, "inventory_movements (id, product_id, delta, reason, note, created_at)",
            rows.Movements(), m => [Id(m.Id), Id(m.ProductId), m.Delta.ToString(CultureInfo.InvariantCulture), m.Reason, m.Note, ShopRows.SqliteTimestamp(m.CreatedAt)]);
        foreach (var table in Tables)
        {
            // The rows carry their ids, so the identity sequences must move past them or the next insert collides.
            await using var setval = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT coalesce(max(id), 1) FROM {table}))", connection, transaction);
            await setval.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IEnumerable<T> items, Func<T, string?[]> fields)
    {
        await using var writer = await connection.BeginTextImportAsync($"COPY {target} FROM STDIN (FORMAT csv)");
        var line = new StringBuilder();
        foreach (var item in items)
        {
            line.Clear();
            var values = fields(item);
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }
                // Unquoted empty is NULL in CSV COPY; every real value is quoted, so an empty string stays a string.
                if (values[i] is { } value)
                {
                    line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
            }
            line.Append('\n');
            await writer.WriteAsync(line);
        }
    }

    private static string? Id(long? id) => id?.ToString(CultureInfo.InvariantCulture);
}
