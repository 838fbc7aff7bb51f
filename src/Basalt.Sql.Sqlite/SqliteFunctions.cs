using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Basalt.Sql.Sqlite.Rendering;
using Microsoft.Data.Sqlite;

namespace Basalt.Sql.Sqlite;

/// <summary>
/// Application functions every connection registers. <c>regexp(pattern, value)</c> backs SQLite's
/// <c>value REGEXP pattern</c>, which the spec's <c>pattern</c> CHECK constraints use; it must be deterministic,
/// because SQLite refuses non-deterministic functions inside CHECK. The <c>basalt_*</c> functions let the REST
/// renderer read and filter values as PostgreSQL would (<see cref="Rendering.SqliteQueryFlavor"/>): each is
/// deterministic and returns NULL for NULL.
/// </summary>
internal static class SqliteFunctions
{
    /// <summary>A pattern that backtracks for longer than this fails the statement instead of stalling a writer.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // Patterns come from the spec, so there are few; the bound only keeps a hand-written REGEXP query from growing it.
    private const int CacheLimit = 512;
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<string?, string?, bool?>("regexp", Matches, isDeterministic: true);
        connection.CreateFunction<string?, string?>("basalt_timestamptz", SqliteTimeText.JsonTimestampTz, isDeterministic: true);
        connection.CreateFunction<string?, string?>("basalt_timestamp", SqliteTimeText.JsonTimestamp, isDeterministic: true);
        connection.CreateFunction<string?, string?>("basalt_time", SqliteTimeText.JsonTime, isDeterministic: true);
        connection.CreateFunction<byte[]?, string?>("basalt_bytea", SqliteTextCasts.Bytea, isDeterministic: true);
        connection.CreateFunction<object?, string, string?>("basalt_text", SqliteTextCasts.Text, isDeterministic: true);
        connection.CreateFunction<object?, long?>("basalt_boolean", SqliteTextCasts.Boolean, isDeterministic: true);
        connection.CreateFunction<string?, long, string?>("basalt_json_text", (fragment, jsonb) => SqliteJson.Text(fragment, jsonb != 0), isDeterministic: true);
        connection.CreateFunction<string?, string?>("basalt_jsonb_sort", SqliteJson.SortKey, isDeterministic: true);
        connection.CreateFunction<string?, string?, bool?>("basalt_jsonb_contains", SqliteJson.Contains, isDeterministic: true);
        connection.CreateFunction<string?, string?, bool?>("basalt_ilike", SqlitePatterns.ILike, isDeterministic: true);
        connection.CreateFunction<string?, string?, string, string?, bool?>("basalt_fts", SqliteTextSearch.Matches, isDeterministic: true);
    }

    /// <summary>NULL in, NULL out, as for SQLite's built-in operators (a CHECK that is NULL passes).</summary>
    public static bool? Matches(string? pattern, string? value) =>
        pattern is null || value is null ? null : Compiled(pattern).IsMatch(value);

    private static Regex Compiled(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var regex))
        {
            return regex;
        }
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }
        return Cache.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout));
    }
}
