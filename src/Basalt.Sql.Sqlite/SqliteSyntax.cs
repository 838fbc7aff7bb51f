using Basalt.Spec.Schema;

namespace Basalt.Sql.Sqlite;

/// <summary>Quoting of identifiers and literals. Everything quoted here comes from the schema, never from a request.</summary>
internal static class SqliteSyntax
{
    public static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>SQLite has no schemas that foreign keys can cross, so <c>auth.users</c> lives in <c>"auth_users"</c>.</summary>
    public static string QuoteTable(TableName table) => QuoteIdentifier(table.Flat);

    public static string QuoteLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string ColumnList(IEnumerable<string> columns) => "(" + string.Join(", ", columns.Select(QuoteIdentifier)) + ")";
}
