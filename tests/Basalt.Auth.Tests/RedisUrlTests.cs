using Basalt.Auth.RateLimiting;

namespace Basalt.Auth.Tests;

public sealed class RedisUrlTests
{
    [Fact]
    public void A_url_gives_the_endpoint_credentials_database_and_tls()
    {
        var options = RedisUrl.Parse("rediss://app:p%40ss@cache.internal:6380/2");

        Assert.Equal("cache.internal:6380", options.EndPoints.Single().ToString()?.Replace("Unspecified/", "", StringComparison.Ordinal));
        Assert.Equal(("app", "p@ss", 2, true), (options.User, options.Password, options.DefaultDatabase, options.Ssl));
        Assert.False(options.AbortOnConnectFail);
    }

    [Fact]
    public void A_lone_user_info_is_the_password_and_the_port_defaults_to_6379()
    {
        var options = RedisUrl.Parse("redis://secret@127.0.0.1");

        Assert.Equal((null, "secret", false), (options.User, options.Password, options.Ssl));
        Assert.Contains("6379", options.EndPoints.Single().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://cache:6379")]
    [InlineData("cache:6379")]
    [InlineData("redis://:hunter2@cache:6379/zero")]
    public void Anything_else_is_refused_without_echoing_the_value(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => RedisUrl.Parse(url));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.Contains("redis://", error.Message, StringComparison.Ordinal);
    }
}
