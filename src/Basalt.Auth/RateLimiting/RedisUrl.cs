using StackExchange.Redis;

namespace Basalt.Auth.RateLimiting;

/// <summary>
/// The spec's <c>database.redis</c> URL (<c>redis://[user:password@]host[:port][/db]</c>, <c>rediss://</c> for TLS) as
/// StackExchange.Redis options. The client reconnects on its own and never fails the start-up for a Redis that is
/// down: rate limits fall back to this instance's counts until it is back.
/// </summary>
public static class RedisUrl
{
    public static ConfigurationOptions Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss") || uri.Host.Length == 0)
        {
            // The URL may hold a password: the message names the expected shape, never the value.
            throw new ArgumentException("database.redis must be a URL like redis://[user:password@]host[:port][/db] or rediss://…", nameof(url));
        }
        var options = new ConfigurationOptions
        {
            AbortOnConnectFail = false,
            Ssl = uri.Scheme == "rediss",
            ConnectTimeout = 5000,
            SyncTimeout = 2000,
            AsyncTimeout = 2000,
            ClientName = "basalt",
        };
        options.EndPoints.Add(uri.Host, uri.Port > 0 ? uri.Port : 6379);
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo.Length == 2)
        {
            options.User = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null;
            options.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        else if (userInfo[0].Length > 0)
        {
            // redis://secret@host: a lone user-info part is the password, as redis-cli reads it.
            options.Password = Uri.UnescapeDataString(userInfo[0]);
        }
        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } db)
        {
            options.DefaultDatabase = int.TryParse(db, out var index) && index >= 0
                ? index
                : throw new ArgumentException("the database of a redis URL is a number, as in redis://host:6379/0", nameof(url));
        }
        return options;
    }
}
