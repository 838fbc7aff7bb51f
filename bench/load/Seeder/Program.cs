using System.Diagnostics;

namespace Basalt.Bench.Seeder;

/// <summary>
/// The load benchmark's helper (bench/load/run.sh calls it):
/// <c>seed sqlite FILE [--products N]</c>, <c>seed postgres CONNECTION-STRING [--products N]</c> load the shop data
/// into a database Basalt's migrations created; <c>token SECRET [ROLE]</c> prints a JWT for the requests.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            switch (args)
            {
                case ["seed", var engine, var database, .. var options]:
                    var rows = new ShopRows(IntOption(options, "--products", 100_000), IntOption(options, "--categories", 50));
                    var clock = Stopwatch.StartNew();
                    await (engine switch
                    {
                        "sqlite" => SqliteSeeder.SeedAsync(database, rows),
                        "postgres" => PostgresSeeder.SeedAsync(database, rows),
                        _ => throw new ArgumentException($"unknown engine '{engine}' (sqlite or postgres)"),
                    });
                    Console.WriteLine($"seeded {rows.CategoryCount} categories, {rows.ProductCount} products and their inventory movements in {clock.Elapsed.TotalSeconds:F1}s");
                    return 0;
                case ["token", var secret]:
                    Console.WriteLine(ServiceRoleToken.Sign(secret, "service_role", "shop", DateTimeOffset.UtcNow));
                    return 0;
                case ["token", var secret, var role]:
                    Console.WriteLine(ServiceRoleToken.Sign(secret, role, "shop", DateTimeOffset.UtcNow));
                    return 0;
                default:
                    Console.Error.WriteLine("usage: basalt-bench-seed seed sqlite|postgres DATABASE [--products N] [--categories N]\n       basalt-bench-seed token SECRET [ROLE]");
                    return 2;
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FileNotFoundException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int IntOption(string[] options, string name, int fallback)
    {
        var at = Array.IndexOf(options, name);
        if (at < 0)
        {
            return fallback;
        }
        return at + 1 < options.Length && int.TryParse(options[at + 1], out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} needs a positive number");
    }
}
