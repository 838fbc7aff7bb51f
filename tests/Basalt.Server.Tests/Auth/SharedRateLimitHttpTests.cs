using System.Globalization;
using System.Net;
using Basalt.Auth.RateLimiting;
using Basalt.Testing;

namespace Basalt.Server.Tests.Auth;

/// <summary>With <c>database.redis</c> set, two instances count one client's sign-ins together.</summary>
public sealed class SharedRateLimitHttpTests
{
    [Fact]
    public async Task Sign_ins_spread_over_two_instances_share_one_limit()
    {
        // A limit no other test reaches in its window: the loopback IP is shared by every test against this Redis.
        var rule = new RateLimitRule(3, TimeSpan.FromSeconds(3600 + Random.Shared.Next(1, 600)));
        var limits = AuthRateLimits.Default with { SignInPerIp = rule };
        await using var first = await AuthServer.StartAsync(limits: limits, redis: TestRedis.Url);
        await using var second = await AuthServer.StartAsync(limits: limits, redis: TestRedis.Url);

        var statuses = new List<HttpStatusCode>();
        foreach (var server in new[] { first, second, first })
        {
            var (answer, _) = await server.PostAsync("/token?grant_type=password", new { email = "nobody@example.com", password = "whatever1" });
            statuses.Add(answer.StatusCode);
        }
        var (limited, error) = await second.PostAsync("/token?grant_type=password", new { email = "nobody@example.com", password = "whatever1" });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], statuses);
        Assert.Equal((HttpStatusCode.TooManyRequests, "over_request_rate_limit"), (limited.StatusCode, error.GetProperty("code").GetString()));
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, (int)rule.Window.TotalSeconds);
    }
}
