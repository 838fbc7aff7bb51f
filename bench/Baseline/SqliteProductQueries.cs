using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Basalt.Bench.Baseline;

/// <summary>
/// The reads on SQLite with Microsoft.Data.Sqlite, connections set up exactly as Basalt's <c>SqliteDatabase</c>
/// does (pooled, a <c>regexp</c> function, and <c>synchronous</c>, <c>foreign_keys</c> and <c>busy_timeout</c> run on
/// every open; WAL is in the file). SQLite builds the JSON with <c>json_group_array</c>/<c>json_object</c>.
/// </summary>
public sealed class SqliteProductQueries(string path) : IProductQueries
{
    private const string Setup = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000";

    /// <summary>
    /// Every column of products, in spec order, with JSON columns as JSON values and timestamps in PostgreSQL's JSON
    /// form as Basalt returns them: the stored <c>2025-01-03T22:42:00.640Z</c> becomes <c>2025-01-03T22:42:00.64+00:00</c>
    /// (fraction without trailing zeros, none when zero), in SQL rather than an application function.
    /// </summary>
    private const string ProductObject =
        "json_object('id', id, 'category_id', category_id, 'sku', sku, 'name', name, 'description', description, "
        + "'price', price, 'stock', stock, 'status', status, 'tags', json(tags), 'attributes', json(attributes), "
        + $"'created_at', {CreatedAt}, 'updated_at', {UpdatedAt})";

    private const string CreatedAt = "substr(created_at, 1, 19) || rtrim(rtrim(substr(created_at, 20, length(created_at) - 20), '0'), '.') || '+00:00'";

    private const string UpdatedAt = "substr(updated_at, 1, 19) || rtrim(rtrim(substr(updated_at, 20, length(updated_at) - 20), '0'), '.') || '+00:00'";

    private const string ByIdSql = $"SELECT json_group_array({ProductObject}), count(*) FROM products WHERE id = @id";

    // The aggregate takes rows in the order the subquery yields them, so ORDER BY and LIMIT go inside it.
    private const string FilteredSql =
        $"SELECT json_group_array({ProductObject}), count(*) FROM (SELECT * FROM products WHERE status = @status AND price < @price ORDER BY created_at DESC LIMIT @limit)";

    private const string FilteredByPriceSql =
        $"SELECT json_group_array({ProductObject}), count(*) FROM (SELECT * FROM products WHERE status = @status AND price < @price ORDER BY price DESC, id LIMIT @limit)";

    // json() around the scalar subqueries: their JSON would otherwise arrive as a string to be escaped.
    private const string EmbeddedSql =
        "SELECT json_group_array(json_object('id', p.id, 'name', p.name, 'price', p.price, "
        + "'category', json((SELECT json_object('id', c.id, 'name', c.name) FROM categories c WHERE c.id = p.category_id)), "
        + "'inventory_movements', json_array(json_object('count', (SELECT count(*) FROM inventory_movements m WHERE m.product_id = p.id))))), count(*) "
        + "FROM (SELECT * FROM products ORDER BY id LIMIT @limit) p";

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
    }.ToString();

    public Task<ProductPage> ByIdAsync(long id, CancellationToken cancellationToken) =>
        QueryAsync(ByIdSql, cancellationToken, ("@id", id));

    public Task<ProductPage> FilteredAsync(string status, decimal maxPrice, int limit, CancellationToken cancellationToken) =>
        QueryAsync(FilteredSql, cancellationToken, ("@status", status), ("@price", (double)maxPrice), ("@limit", limit));

    public Task<ProductPage> FilteredByPriceAsync(string status, decimal maxPrice, int limit, CancellationToken cancellationToken) =>
        QueryAsync(FilteredByPriceSql, cancellationToken, ("@status", status), ("@price", (double)maxPrice), ("@limit", limit));

    public Task<ProductPage> EmbeddedAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync(EmbeddedSql, cancellationToken, ("@limit", limit));

    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private async Task<ProductPage> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        connection.CreateFunction<string?, string?, bool?>(
            "regexp", (pattern, value) => pattern is null || value is null ? null : Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant), isDeterministic: true);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = Setup;
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ProductPage(reader.GetString(0), reader.GetInt64(1));
    }
}
