using System.Text.Json;
using Basalt.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Each_request_writes_one_json_access_line_carrying_its_request_id()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live?apikey=query-secret");
        request.Headers.Add("X-Request-Id", "req-77");

        using var response = await server.Client.SendAsync(request);
        var access = await server.Log.WaitForAsync(IsAccessLineOf("req-77"));

        var state = access.GetProperty("State");
        Assert.Equal("GET", state.GetProperty("Method").GetString());
        Assert.Equal("/health/live", state.GetProperty("Path").GetString());
        Assert.Equal(200, state.GetProperty("StatusCode").GetInt32());
        Assert.True(state.GetProperty("DurationMs").GetDouble() >= 0);
        Assert.Equal("Information", access.GetProperty("LogLevel").GetString());
        Assert.EndsWith("Z", access.GetProperty("Timestamp").GetString());
        Assert.Single(server.Log.Entries, line => IsAccessLineOf("req-77")(line));
    }

    [Fact]
    public async Task Every_line_is_one_json_object()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/health/ready");
        await server.Log.WaitForAsync(line => line.GetProperty("Category").GetString() == "Basalt.Server.Access");

        Assert.NotEmpty(server.Log.Lines);
        Assert.All(server.Log.Lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Secrets_in_headers_and_query_strings_never_reach_the_log()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/nothing?access_token=query-secret");
        request.Headers.Add("X-Request-Id", "req-secret");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer header-secret");
        request.Headers.TryAddWithoutValidation("apikey", "apikey-secret");

        using var response = await server.Client.SendAsync(request);
        await server.Log.WaitForAsync(IsAccessLineOf("req-secret"));

        Assert.All(server.Log.Lines, line =>
        {
            Assert.DoesNotContain("query-secret", line);
            Assert.DoesNotContain("header-secret", line);
            Assert.DoesNotContain("apikey-secret", line);
        });
    }

    [Fact]
    public async Task The_error_line_of_a_failed_request_carries_its_request_id()
    {
        await using var server = await RunningServer.StartAsync(routes: app =>
            app.MapGet("/test/throw", IResult () => throw new InvalidOperationException("boom")));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/throw");
        request.Headers.Add("X-Request-Id", "req-boom");

        using var response = await server.Client.SendAsync(request);
        var error = await server.Log.WaitForAsync(line => line.GetProperty("LogLevel").GetString() == "Error");
        var access = await server.Log.WaitForAsync(IsAccessLineOf("req-boom"));

        Assert.Equal("req-boom", RequestIdOf(error));
        Assert.Contains("boom", error.GetProperty("Exception").GetString());
        Assert.Equal(500, access.GetProperty("State").GetProperty("StatusCode").GetInt32());
    }

    private static Func<JsonElement, bool> IsAccessLineOf(string requestId) => line =>
        line.GetProperty("Category").GetString() == "Basalt.Server.Access" && RequestIdOf(line) == requestId;

    private static string? RequestIdOf(JsonElement line) =>
        line.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray()
                .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("RequestId", out _))
                .Select(scope => scope.GetProperty("RequestId").GetString())
                .FirstOrDefault()
            : null;
}
