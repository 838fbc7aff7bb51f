using System.Text;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>Quoting of identifiers and literals, and PostgreSQL's own spelling of names in the text it reports.</summary>
internal static class PostgresSql
{
    /// <summary>PostgreSQL keeps the first NAMEDATALEN - 1 bytes of an identifier and drops the rest.</summary>
    public const int MaxIdentifierBytes = 63;

    // Keywords that contain an underscore: the only ones a derived "{table}_{column}" name can collide with.
    // quote_identifier quotes every keyword that is not unreserved; these are all reserved or function names.
    private static readonly HashSet<string> UnderscoreKeywords =
    [
        "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
        "current_user", "session_user",
    ];

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string QuoteTable(TableName table) =>
        table.Schema is null ? Quote(table.Name) : Quote(table.Schema) + "." + Quote(table.Name);

    /// <summary>A standard-conforming string literal (the default since PostgreSQL 9.1): only quotes are doubled.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A name qualified by the table's schema, quoted: <c>"auth"."auth_users_role"</c> or <c>"posts_status"</c>.</summary>
    public static string QuoteInSchema(TableName table, string name) =>
        table.Schema is null ? Quote(name) : Quote(table.Schema) + "." + Quote(name);

    /// <summary>
    /// A name as PostgreSQL prints it (<c>quote_ident</c>, <c>format_type</c>, <c>pg_get_expr</c>): bare when it is
    /// a plain lower-case identifier, quoted otherwise.
    /// </summary>
    public static string Display(string identifier)
    {
        var plain = identifier.Length > 0 && (identifier[0] is >= 'a' and <= 'z' || identifier[0] == '_')
            && identifier.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')
            && !UnderscoreKeywords.Contains(identifier);
        return plain ? identifier : Quote(identifier);
    }

    /// <summary>A schema-qualified name as PostgreSQL prints it when the schema is not on the search path (public is).</summary>
    public static string DisplayInSchema(TableName table, string name) =>
        table.Schema is null ? Display(name) : Display(table.Schema) + "." + Display(name);

    /// <summary>The identifier PostgreSQL actually stores for <paramref name="identifier"/>: cut to 63 bytes on a character boundary.</summary>
    public static string Truncate(string identifier, int maxBytes = MaxIdentifierBytes)
    {
        if (Encoding.UTF8.GetByteCount(identifier) <= maxBytes)
        {
            return identifier;
        }
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var rune in identifier.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > maxBytes)
            {
                break;
            }
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>A table's name as the introspector reports it: <c>posts</c>, <c>auth.users</c>.</summary>
    public static string TableDisplayName(TableName table) =>
        table.Schema is null ? Truncate(table.Name) : Truncate(table.Schema) + "." + Truncate(table.Name);
}
