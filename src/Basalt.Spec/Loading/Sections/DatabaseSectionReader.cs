using System.Globalization;
using System.Text.RegularExpressions;
using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads <c>database:</c>. A SQLite path is resolved against the spec's folder here, once.</summary>
internal static partial class DatabaseSectionReader
{
    private const string Path = "database";
    private const string PostgresForms = "a postgres:// or postgresql:// URL, or a Host=… connection string";

    internal static IReadOnlyList<string> Providers { get; } = ["sqlite", "postgres"];
    internal static IReadOnlyList<string> SynchronousModes { get; } = ["full", "normal"];

    public static DatabaseSettings Read(LoadContext context, SpecNode? node, string appName, string specDirectory)
    {
        var map = context.Section(node, Path, SpecKeys.Database);
        var providerNode = map?["provider"];
        var providerName = context.OptionalString(providerNode, Key("provider"));
        if (providerName is not null && !Providers.Contains(providerName))
        {
            // With the provider unknown, checks that depend on it would only guess: report the provider alone.
            context.Error(providerNode!, Key("provider"), Suggestions.Unknown("provider", providerName, Providers));
            return new DatabaseSettings(DatabaseProvider.Sqlite, "");
        }
        var provider = providerName == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var urlNode = map?["url"];
        var url = context.OptionalString(urlNode, Key("url"));
        if (provider == DatabaseProvider.Postgres)
        {
            if (map is not null && !map.Has("url"))
            {
                context.Error(map, Path, $"missing required key 'url'; postgres needs {PostgresForms}");
            }
            else if (url is null && urlNode is SpecScalar { ExpansionFailed: false })
            {
                context.Error(urlNode, Key("url"), $"the url is empty; postgres needs {PostgresForms}");
            }
            else if (url is not null && !IsPostgresUrl(url))
            {
                context.Error(urlNode!, Key("url"), $"invalid PostgreSQL connection; expected {PostgresForms}");
            }
        }
        else if (url is not null && IsPostgresUrl(url))
        {
            context.Error(urlNode!, Key("url"), "this is a PostgreSQL connection but provider is sqlite; add provider: postgres");
        }

        var settings = new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? SqlitePath(context, urlNode, url, appName, specDirectory) : url ?? "")
        {
            Replicas = ReadReplicas(context, map?["replicas"], provider),
            Redis = ReadRedis(context, map?["redis"]),
            Synchronous = ReadSynchronous(context, map?["synchronous"], provider),
        };
        return settings;
    }

    /// <summary><c>:memory:</c> stays as written; any other path becomes absolute, relative to the spec file's folder.</summary>
    private static string SqlitePath(LoadContext context, SpecNode? node, string? url, string appName, string specDirectory)
    {
        var path = url ?? $"./data/{appName}.db";
        if (path == ":memory:")
        {
            return path;
        }
        try
        {
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(specDirectory, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            context.Error(node!, Key("url"), "invalid file path for sqlite");
            return path;
        }
    }

    private static IReadOnlyList<string> ReadReplicas(LoadContext context, SpecNode? node, DatabaseProvider provider)
    {
        var path = Key("replicas");
        var replicas = context.Strings(node, path);
        if (replicas is null)
        {
            return [];
        }
        var kept = replicas.Where(r => r.Value.Length > 0).ToArray();
        if (kept.Length > 0 && provider != DatabaseProvider.Postgres)
        {
            context.Error(node!, path, "replicas are for provider postgres only");
            return [];
        }
        foreach (var replica in kept.Where(r => !IsPostgresUrl(r.Value)))
        {
            context.Error(replica.Node, replica.Path, $"invalid PostgreSQL connection; expected {PostgresForms}");
        }
        return kept.Select(r => r.Value).ToArray();
    }

    /// <summary>A <c>redis://</c> or <c>rediss://</c> URL with a host and at most a database number as its path.</summary>
    private static string? ReadRedis(LoadContext context, SpecNode? node)
    {
        var path = Key("redis");
        if (context.OptionalString(node, path) is not { Length: > 0 } url)
        {
            return null;
        }
        var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "redis" or "rediss" && uri.Host.Length > 0
            && (uri.AbsolutePath.Trim('/') is not { Length: > 0 } db || int.TryParse(db, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (!valid)
        {
            // The value may carry a password: the message shows the expected shape, not what was written.
            context.Error(node!, path, "invalid Redis URL; expected redis://[user:password@]host[:port][/db] or rediss://…");
            return null;
        }
        return url;
    }

    private static string ReadSynchronous(LoadContext context, SpecNode? node, DatabaseProvider provider)
    {
        var path = Key("synchronous");
        if (context.OptionalString(node, path) is not { } mode)
        {
            return "full";
        }
        if (provider != DatabaseProvider.Sqlite)
        {
            context.Error(node!, path, "synchronous is for provider sqlite only");
            return "full";
        }
        if (SynchronousModes.Contains(mode))
        {
            return mode;
        }
        context.Error(node!, path, Suggestions.Unknown("synchronous mode", mode, SynchronousModes));
        return "full";
    }

    /// <summary>A <c>postgres://</c> URL with a host, or an Npgsql connection string naming a host.</summary>
    public static bool IsPostgresUrl(string text)
    {
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
        }
        return ConnectionStringHost().IsMatch(text);
    }

    private static string Key(string key) => SpecPath.Key(Path, key);

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=\s*[^;\s]", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();
}
