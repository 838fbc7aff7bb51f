using System.Text.RegularExpressions;
using Basalt.Server.Tests.Support;

namespace Basalt.Server.Tests;

public sealed class RequestIdTests
{
    private static readonly Regex Generated = new("^[0-9a-f]{32}$");

    [Fact]
    public async Task A_request_without_an_id_gets_a_fresh_one()
    {
        await using var server = await RunningServer.StartAsync();

        using var first = await server.Client.GetAsync("/health/live");
        using var second = await server.Client.GetAsync("/health/live");

        var firstId = first.Headers.GetValues("X-Request-Id").Single();
        var secondId = second.Headers.GetValues("X-Request-Id").Single();
        Assert.Matches(Generated, firstId);
        Assert.Matches(Generated, secondId);
        Assert.NotEqual(firstId, secondId);
    }

    [Theory]
    [InlineData("abc-123_X.y")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    [InlineData("a")]
    public async Task A_plain_id_from_the_caller_is_kept_and_echoed(string id)
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await SendAsync(server, "/health/live", id);

        Assert.Equal(id, response.Headers.GetValues("X-Request-Id").Single());
    }

    [Theory]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("has space")]
    [InlineData("quote\"brace}")]
    [InlineData("semi;colon")]
    [InlineData("")]
    public async Task An_id_that_is_too_long_or_not_plain_is_replaced(string id)
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await SendAsync(server, "/health/live", id);

        var echoed = response.Headers.GetValues("X-Request-Id").Single();
        Assert.NotEqual(id, echoed);
        Assert.Matches(Generated, echoed);
    }

    [Fact]
    public async Task A_two_hundred_character_id_is_replaced()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await SendAsync(server, "/health/live", new string('a', 200));

        Assert.Matches(Generated, response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task Two_ids_in_one_request_are_replaced_by_one()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Request-Id", ["first", "second"]);

        using var response = await server.Client.SendAsync(request);

        Assert.Matches(Generated, response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task An_error_response_echoes_the_callers_id_in_header_and_body()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await SendAsync(server, "/no/such/route", "trace-42");

        Assert.Equal("trace-42", response.Headers.GetValues("X-Request-Id").Single());
        Assert.Contains("\"request_id\":\"trace-42\"", await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningServer server, string path, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        Assert.True(request.Headers.TryAddWithoutValidation("X-Request-Id", id));
        return await server.Client.SendAsync(request);
    }
}
