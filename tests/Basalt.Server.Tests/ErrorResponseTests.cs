using System.Net;
using System.Text.Json;
using Basalt.Server.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Tests;

public sealed class ErrorResponseTests
{
    [Fact]
    public async Task An_unknown_route_is_a_404_problem_with_the_request_id()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/nothing/here?x=1");
        var problem = await ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString());
        Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        Assert.Equal("Nothing is served at /nothing/here.", problem.GetProperty("detail").GetString());
        Assert.Equal("/nothing/here", problem.GetProperty("instance").GetString());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), problem.GetProperty("request_id").GetString());
        Assert.False(problem.TryGetProperty("traceId", out _));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_wrong_method_is_a_405_problem_that_lists_the_allowed_ones(string path)
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.PostAsync(path, new StringContent("{}"));
        var problem = await ReadProblemAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Equal(405, problem.GetProperty("status").GetInt32());
        Assert.Equal($"POST is not allowed on {path}; allowed: GET.", problem.GetProperty("detail").GetString());
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        Assert.True(problem.TryGetProperty("request_id", out _));
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_its_message_or_stack()
    {
        await using var server = await RunningServer.StartAsync(routes: app =>
            app.MapGet("/test/throw", IResult () => throw new InvalidOperationException("secret detail from /srv/app/config")));

        using var response = await server.Client.GetAsync("/test/throw");
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Equal("/test/throw", problem.GetProperty("instance").GetString());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), problem.GetProperty("request_id").GetString());
        Assert.DoesNotContain("secret detail", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("exception", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        await using var server = await RunningServer.StartAsync(routes: app =>
            app.MapPost("/test/echo-length", async (HttpRequest request) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer);
                return Results.Ok(buffer.Length);
            }));

        using var small = await server.Client.PostAsync("/test/echo-length", new ByteArrayContent(new byte[1024 * 1024]));
        using var large = await server.Client.PostAsync("/test/echo-length", new ByteArrayContent(new byte[(1024 * 1024) + 1]));
        var problem = await ReadProblemAsync(large);

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("request_id", out _));
    }

    [Fact]
    public async Task A_request_line_over_the_limit_is_a_414()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await server.Client.GetAsync("/health/live?q=" + new string('a', 17 * 1024));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task No_response_names_the_server_software()
    {
        await using var server = await RunningServer.StartAsync();

        using var ok = await server.Client.GetAsync("/health/live");
        using var notFound = await server.Client.GetAsync("/missing");

        Assert.False(ok.Headers.Contains("Server"));
        Assert.False(notFound.Headers.Contains("Server"));
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
