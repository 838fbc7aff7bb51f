namespace Basalt.Bench.Baseline;

/// <summary>
/// The three benchmark reads, each answered by one parameterised SQL command whose single value is the response
/// body (a JSON array of objects shaped as PostgREST and Basalt return them, built by the database) and the number
/// of objects in it (for <c>Content-Range</c>).
/// </summary>
public interface IProductQueries : IAsyncDisposable
{
    /// <summary><c>/rest/v1/products?id=eq.{id}</c>: every column of one product.</summary>
    Task<ProductPage> ByIdAsync(long id, CancellationToken cancellationToken);

    /// <summary><c>/rest/v1/products?status=eq.{status}&amp;price=lt.{maxPrice}&amp;order=created_at.desc&amp;limit={limit}</c>.</summary>
    Task<ProductPage> FilteredAsync(string status, decimal maxPrice, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// <c>/rest/v1/products?status=eq.{status}&amp;price=lt.{maxPrice}&amp;order=price.desc,id&amp;limit={limit}</c>: no index
    /// serves this order, so the database sorts every matching row; an optional scenario showing a database-bound read.
    /// </summary>
    Task<ProductPage> FilteredByPriceAsync(string status, decimal maxPrice, int limit, CancellationToken cancellationToken);

    /// <summary><c>/rest/v1/products?select=id,name,price,category:categories(id,name),inventory_movements(count)&amp;order=id&amp;limit={limit}</c>.</summary>
    Task<ProductPage> EmbeddedAsync(int limit, CancellationToken cancellationToken);
}
