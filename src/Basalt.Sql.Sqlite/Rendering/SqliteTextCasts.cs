using System.Globalization;

namespace Basalt.Sql.Sqlite.Rendering;

/// <summary>
/// Casts whose result PostgreSQL defines by its text forms: <c>::text</c> of a stored value prints it as PostgreSQL's
/// text output would (<c>true</c>, <c>2026-11-23 16:00:00.123+00</c>, <c>\x0a</c>), <c>::boolean</c> reads
/// PostgreSQL's boolean spellings.
/// </summary>
internal static class SqliteTextCasts
{
    public static string? Text(object? value, string fromType) => value switch
    {
        null => null,
        byte[] bytes => "\\x" + Convert.ToHexStringLower(bytes),
        long l when fromType == "boolean" => l != 0 ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s when fromType == "timestamptz" => SqliteTimeText.JsonTimestampTz(s)?.Replace('T', ' ').Replace("+00:00", "+00", StringComparison.Ordinal),
        string s when fromType == "timestamp" => SqliteTimeText.JsonTimestamp(s)?.Replace('T', ' '),
        string s when fromType == "time" => SqliteTimeText.JsonTime(s),
        string s when fromType == "jsonb" => SqliteJson.Text(s, jsonb: true),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>PostgreSQL's boolean input: t/true/yes/on/1 and f/false/no/off/0 (any case, unique prefixes aside); else NULL.</summary>
    public static long? Boolean(object? value) => value switch
    {
        null => null,
        long l => l != 0 ? 1 : 0,
        double d => d != 0 ? 1 : 0,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "t" or "true" or "yes" or "y" or "on" or "1" => 1,
            "f" or "false" or "no" or "n" or "off" or "0" => 0,
            _ => null,
        },
        _ => null,
    };

    public static string? Bytea(byte[]? value) => value is null ? null : "\\x" + Convert.ToHexStringLower(value);
}
