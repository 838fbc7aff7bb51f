using Npgsql;

namespace Basalt.Bench.Baseline;

/// <summary>
/// The reads on PostgreSQL through one pooled <see cref="NpgsqlDataSource"/> built like Basalt's (error detail on).
/// Each command is prepared: Npgsql keeps a prepared statement on the physical connection, so after the first use
/// on a connection the server only binds and executes. PostgreSQL builds the JSON with <c>json_agg</c>.
/// With <paramref name="prepare"/> off, the server parses and plans each command every time, as Basalt's commands are.
/// </summary>
public sealed class PostgresProductQueries(string connectionString, bool prepare) : IProductQueries
{
    private const string ByIdSql = "SELECT coalesce(json_agg(t), '[]')::text, count(*) FROM (SELECT * FROM products WHERE id = $1) t";

    // The parameter is cast to the column's enum type so the (status, created_at desc) index applies.
    private const string FilteredSql =
        "SELECT coalesce(json_agg(t), '[]')::text, count(*) FROM "
        + "(SELECT * FROM products WHERE status = $1::products_status AND price < $2 ORDER BY created_at DESC LIMIT $3) t";

    private const string FilteredByPriceSql =
        "SELECT coalesce(json_agg(t), '[]')::text, count(*) FROM "
        + "(SELECT * FROM products WHERE status = $1::products_status AND price < $2 ORDER BY price DESC, id LIMIT $3) t";

    private const string EmbeddedSql =
        "SELECT coalesce(json_agg(t), '[]')::text, count(*) FROM (SELECT p.id, p.name, p.price, "
        + "(SELECT row_to_json(c) FROM (SELECT c.id, c.name FROM categories c WHERE c.id = p.category_id) c) AS category, "
        + "json_build_array(json_build_object('count', (SELECT count(*) FROM inventory_movements m WHERE m.product_id = p.id))) AS inventory_movements "
        + "FROM products p ORDER BY p.id LIMIT $1) t";

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { IncludeErrorDetail = true });

    public Task<ProductPage> ByIdAsync(long id, CancellationToken cancellationToken) =>
        QueryAsync(ByIdSql, cancellationToken, id);

    public Task<ProductPage> FilteredAsync(string status, decimal maxPrice, int limit, CancellationToken cancellationToken) =>
        QueryAsync(FilteredSql, cancellationToken, status, maxPrice, limit);

    public Task<ProductPage> FilteredByPriceAsync(string status, decimal maxPrice, int limit, CancellationToken cancellationToken) =>
        QueryAsync(FilteredByPriceSql, cancellationToken, status, maxPrice, limit);

    public Task<ProductPage> EmbeddedAsync(int limit, CancellationToken cancellationToken) =>
        QueryAsync(EmbeddedSql, cancellationToken, limit);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async Task<ProductPage> QueryAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ProductPage(reader.GetString(0), reader.GetInt64(1));
    }
}
