using System.Net;
using Basalt.Auth.RateLimiting;

namespace Basalt.Server.Tests.Auth;

/// <summary>The per-IP limits count the forwarded client behind a trusted proxy, and ignore the header from anyone else.</summary>
public sealed class TrustedProxyHttpTests
{
    private static readonly AuthRateLimits ThreeSignInsPerIp = AuthRateLimits.Default with { SignInPerIp = new RateLimitRule(3, TimeSpan.FromMinutes(5)) };

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var auth = await AuthServer.StartAsync(limits: ThreeSignInsPerIp, trustedProxies: [IPNetwork.Parse("127.0.0.0/8")]);

        var first = await SignInsAsync(auth, "203.0.113.7", 4);
        var other = await SignInsAsync(auth, "10.1.2.3, 198.51.100.9", 1);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.BadRequest], other);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_the_forwarded_header_changes_nothing()
    {
        await using var auth = await AuthServer.StartAsync(limits: ThreeSignInsPerIp);

        var first = await SignInsAsync(auth, "203.0.113.7", 3);
        var spoofed = await SignInsAsync(auth, "198.51.100.9", 1);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], spoofed);
    }

    private static async Task<List<HttpStatusCode>> SignInsAsync(AuthServer auth, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var request = auth.Request(HttpMethod.Post, "/token?grant_type=password", new { email = $"n{i}@example.com", password = "whatever1" });
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            var (response, _) = await auth.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
