using System.Net;
using System.Text.Json;
using Basalt.Server.Tests.Support;

namespace Basalt.Server.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_200_ok()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_200_when_the_database_answers_and_migrations_are_current()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/health/ready");
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        var database = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("ok", database.GetProperty("status").GetString());
        Assert.True(database.GetProperty("duration_ms").GetInt64() >= 0);
        var migrations = body.GetProperty("checks").GetProperty("migrations");
        Assert.Equal("ok", migrations.GetProperty("status").GetString());
        Assert.Equal(2, migrations.GetProperty("applied").GetInt32());
        Assert.Equal(0, migrations.GetProperty("pending").GetInt32());
        Assert.False(body.TryGetProperty("request_id", out _));
        // The default ping really opened the SQLite file.
        Assert.True(File.Exists(server.Database.DisplayName));
    }

    [Fact]
    public async Task Ready_answers_503_when_migrations_are_pending()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions
        {
            MigrationStatus = _ => Task.FromResult(MigrationStatuses.WithPending(applied: 1, pending: 2)),
        });

        using var response = await server.Client.GetAsync("/health/ready");
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("error", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        var migrations = body.GetProperty("checks").GetProperty("migrations");
        Assert.Equal("error", migrations.GetProperty("status").GetString());
        Assert.Equal(1, migrations.GetProperty("applied").GetInt32());
        Assert.Equal(2, migrations.GetProperty("pending").GetInt32());
        Assert.Contains("2 migration(s) pending", migrations.GetProperty("message").GetString());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), body.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task Ready_answers_503_naming_a_migration_edited_after_it_was_applied()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions
        {
            MigrationStatus = _ => Task.FromResult(MigrationStatuses.WithEdited(number: 3)),
        });

        using var response = await server.Client.GetAsync("/health/ready");
        var migrations = (await ReadJsonAsync(response)).GetProperty("checks").GetProperty("migrations");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, migrations.GetProperty("pending").GetInt32());
        Assert.Equal("0003_create_posts was edited after it was applied", migrations.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ready_answers_503_when_the_database_file_cannot_be_opened()
    {
        var unreachable = Path.Combine("/proc", "no-such-dir", Guid.NewGuid().ToString("N"), "app.db");
        await using var server = await RunningServer.StartAsync(databasePath: unreachable);

        using var response = await server.Client.GetAsync("/health/ready");
        var text = await response.Content.ReadAsStringAsync();
        var database = JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty("database");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("error", database.GetProperty("status").GetString());
        Assert.Equal("the database cannot be reached (SqliteException); the server log has the details", database.GetProperty("message").GetString());
        Assert.DoesNotContain("no-such-dir", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task Ready_never_echoes_what_a_failing_probe_said()
    {
        const string secret = "Host=db.internal;Password=hunter2";
        await using var server = await RunningServer.StartAsync(new ServerOptions
        {
            DatabasePing = _ => throw new InvalidOperationException($"connect failed: {secret}"),
            MigrationStatus = _ => throw new InvalidOperationException($"history unreadable: {secret}"),
        });

        using var response = await server.Client.GetAsync("/health/ready");
        var text = await response.Content.ReadAsStringAsync();
        var checks = JsonDocument.Parse(text).RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("error", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("error", checks.GetProperty("migrations").GetProperty("status").GetString());
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("db.internal", text);
        // The details do reach the operator, through the log.
        await server.Log.WaitForAsync(line => line.ToString().Contains("hunter2"));
    }

    [Fact]
    public async Task Ready_answers_503_when_the_database_does_not_answer_in_time()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions
        {
            DatabaseCheckTimeout = TimeSpan.FromMilliseconds(100),
            DatabasePing = _ => Task.Delay(Timeout.Infinite, CancellationToken.None),
        });

        using var response = await server.Client.GetAsync("/health/ready");
        var database = (await ReadJsonAsync(response)).GetProperty("checks").GetProperty("database");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("the database did not answer within 100 ms", database.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Health_responses_are_not_cached()
    {
        await using var server = await RunningServer.StartAsync();

        using var live = await server.Client.GetAsync("/health/live");
        using var ready = await server.Client.GetAsync("/health/ready");

        Assert.True(live.Headers.CacheControl?.NoStore);
        Assert.True(ready.Headers.CacheControl?.NoStore);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
