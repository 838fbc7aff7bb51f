using Npgsql;

namespace Basalt.Testing;

/// <summary>
/// The PostgreSQL server that <c>./test.sh</c> starts on loopback. Tests never skip when it is missing: they
/// fail with a message that says how to provide it, so a green run always means PostgreSQL was exercised.
/// </summary>
public static class TestPostgres
{
    public const string UrlVariable = "BASALT_TEST_POSTGRES_URL";

    /// <summary>The admin URL (<c>postgres://user@127.0.0.1:port/postgres</c>).</summary>
    public static string AdminUrl =>
        Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url
            ? url
            : throw new InvalidOperationException(
                $"{UrlVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL on 127.0.0.1, or export {UrlVariable}=postgres://user@127.0.0.1:5432/postgres");

    /// <summary>Creates an empty database with a unique name and returns its URL; drop it with <see cref="DropDatabaseAsync"/>.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"basalt_{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ToConnectionString(AdminUrl));
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await command.ExecuteNonQueryAsync();
        }
        var builder = new UriBuilder(AdminUrl) { Path = "/" + name };
        return builder.Uri.ToString();
    }

    public static async Task DropDatabaseAsync(string url)
    {
        var name = new Uri(url).AbsolutePath.Trim('/');
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ToConnectionString(AdminUrl));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A <c>postgres://user:pass@host:port/db</c> URL as an Npgsql connection string.</summary>
    public static string ToConnectionString(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? db : "postgres",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        return builder.ConnectionString;
    }
}
