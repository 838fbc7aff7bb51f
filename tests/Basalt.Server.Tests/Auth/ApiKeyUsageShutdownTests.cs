using System.Net;
using Microsoft.Data.Sqlite;

namespace Basalt.Server.Tests.Auth;

/// <summary>API-key usage counted in memory reaches the database when the server stops gracefully.</summary>
public sealed class ApiKeyUsageShutdownTests
{
    [Fact]
    public async Task A_graceful_stop_writes_the_usage_counted_since_the_last_flush()
    {
        await using var auth = await AuthServer.StartAsync();
        var (_, key) = await AdminHttpTests.SendAsync(auth, HttpMethod.Post, "/admin/keys", new { name = "ci", role = "anon" });
        var secret = key.GetProperty("key").GetString()!;
        for (var i = 0; i < 3; i++)
        {
            var (settings, _) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/settings", bearer: secret);
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }
        // Within the ten-second batch: nothing written yet.
        Assert.Equal(0L, await UseCountAsync(auth));

        await auth.Server.Server.StopAsync();

        Assert.Equal(3L, await UseCountAsync(auth));
    }

    /// <summary>Read with a connection of its own: the server's database is disposed once it stops.</summary>
    private static async Task<long> UseCountAsync(AuthServer auth)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auth.Server.Database.DisplayName, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT use_count FROM auth_api_keys";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
