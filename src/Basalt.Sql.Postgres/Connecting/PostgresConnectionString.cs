using Npgsql;

namespace Basalt.Sql.Postgres.Connecting;

/// <summary>
/// Turns the spec's <c>database.url</c> into an Npgsql connection string. Two forms are accepted: a libpq-style URL
/// (<c>postgres://user:password@host:5432/database?sslmode=require</c>, <c>postgresql://</c> too) and an Npgsql
/// connection string (<c>Host=…;Database=…</c>). Errors never repeat the input, which may hold a password.
/// </summary>
internal static class PostgresConnectionString
{
    public const string ExpectedForm =
        "expected postgres://user:password@host:5432/database?sslmode=require (postgresql:// also works; percent-encode special characters in the password) "
        + "or an Npgsql connection string such as Host=host;Port=5432;Database=database;Username=user;Password=password";

    // libpq's URL query parameters and the Npgsql keywords they mean.
    private static readonly Dictionary<string, string> LibpqOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host",
        ["port"] = "Port",
        ["dbname"] = "Database",
        ["user"] = "Username",
        ["password"] = "Password",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["sslrootcert"] = "Root Certificate",
    };

    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUrl(text);
        }
        if (text.Contains('=', StringComparison.Ordinal) && !text.Contains("://", StringComparison.Ordinal))
        {
            return FromConnectionString(text);
        }
        throw Invalid("it is neither a postgres:// URL nor a connection string");
    }

    /// <summary>Where the database is, safe to print: <c>host:port/database</c>, never the password.</summary>
    public static string DisplayName(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";

    private static NpgsqlConnectionStringBuilder FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw Invalid("the URL cannot be parsed (a bad port, or an unencoded '@', '/', '?' or '#' in the user or password)");
        }
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        }
        builder.Port = uri.Port > 0 ? uri.Port : 5432;
        if (Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database)
        {
            if (database.Contains('/', StringComparison.Ordinal))
            {
                throw Invalid("the path must be a single database name");
            }
            builder.Database = database;
        }
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }
        foreach (var (key, value) in Query(uri.Query))
        {
            SetOption(builder, key, value);
        }
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw Invalid("the host is missing");
        }
        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string text)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw Invalid("the connection string has no Host");
            }
            return builder;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException && !IsOurs(e))
        {
            // Npgsql's message may quote a fragment of the string (a password holding ';'), so neither it nor the
            // exception is passed on.
            throw new ArgumentException($"database url is not a valid PostgreSQL connection string: a keyword is unknown or a value is not valid; {ExpectedForm}");
        }
    }

    private static void SetOption(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase))
        {
            builder.SslMode = value.ToLowerInvariant() switch
            {
                "disable" => SslMode.Disable,
                "allow" => SslMode.Allow,
                "prefer" => SslMode.Prefer,
                "require" => SslMode.Require,
                "verify-ca" => SslMode.VerifyCA,
                "verify-full" => SslMode.VerifyFull,
                _ => throw Invalid("sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full"),
            };
            return;
        }
        var keyword = LibpqOptions.TryGetValue(key, out var known) ? known : key;
        try
        {
            builder[keyword] = value;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw Invalid($"the option '{key}' is unknown or its value is not valid");
        }
    }

    private static IEnumerable<(string Key, string Value)> Query(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            yield return (key, value);
        }
    }

    private static bool IsOurs(Exception e) => e.Message.Contains(ExpectedForm, StringComparison.Ordinal);

    private static ArgumentException Invalid(string reason) =>
        new($"database url is not a valid PostgreSQL URL: {reason}; {ExpectedForm}");
}
