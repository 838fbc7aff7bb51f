using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Bench.Baseline;

/// <summary>
/// The load benchmark's yardstick: a hand-written ASP.NET Core app answering the benchmark's three reads with raw
/// ADO.NET, to compare Basalt's <c>/rest/v1</c> against. Listens on 127.0.0.1 only.
/// <c>basalt-bench-baseline sqlite FILE PORT</c> or <c>basalt-bench-baseline postgres CONNECTION-STRING PORT [--no-prepare]</c>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not [var engine and ("sqlite" or "postgres"), var database, var portText, .. var options]
            || !int.TryParse(portText, out var port) || options.Any(o => o != "--no-prepare"))
        {
            await Console.Error.WriteLineAsync("usage: basalt-bench-baseline sqlite|postgres DATABASE PORT [--no-prepare]");
            return 2;
        }
        var prepare = !options.Contains("--no-prepare");
        await using IProductQueries queries = engine == "sqlite" ? new SqliteProductQueries(database) : new PostgresProductQueries(database, prepare);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();

        app.MapGet("/health", () => "ok");
        app.MapGet("/products/by-id", (long id, HttpContext http) =>
            WriteAsync(http, queries.ByIdAsync(id, http.RequestAborted)));
        app.MapGet("/products/filtered", (string status, decimal max_price, int limit, HttpContext http) =>
            WriteAsync(http, queries.FilteredAsync(status, max_price, limit, http.RequestAborted)));
        app.MapGet("/products/filtered-by-price", (string status, decimal max_price, int limit, HttpContext http) =>
            WriteAsync(http, queries.FilteredByPriceAsync(status, max_price, limit, http.RequestAborted)));
        app.MapGet("/products/embedded", (int limit, HttpContext http) =>
            WriteAsync(http, queries.EmbeddedAsync(limit, http.RequestAborted)));

        await app.StartAsync();
        Console.WriteLine($"baseline ({engine}) listening on http://127.0.0.1:{port}");
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>The body as the database built it, with the content type and open-ended Content-Range PostgREST sends.</summary>
    private static async Task WriteAsync(HttpContext http, Task<ProductPage> query)
    {
        var page = await query;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentRange = page.Rows == 0 ? "*/*" : "0-" + (page.Rows - 1).ToString(CultureInfo.InvariantCulture) + "/*";
        await http.Response.WriteAsync(page.Body, http.RequestAborted);
    }
}
