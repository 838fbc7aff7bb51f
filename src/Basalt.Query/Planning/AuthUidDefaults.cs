using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Fills <c>default: auth.uid()</c> columns with the caller's user id on insert. SQLite has no session to read the JWT
/// from, so the planner supplies the value for every engine alike: a column the body leaves out, or leaves to its
/// default, gets the id (or NULL when the request carries no user).
/// </summary>
internal static class AuthUidDefaults
{
    public static (IReadOnlyList<ColumnSchema> Columns, IReadOnlyList<IReadOnlyList<SqlValue?>> Rows) Fill(
        TableSchema table, IReadOnlyList<ColumnSchema> columns, IReadOnlyList<IReadOnlyList<SqlValue?>> rows, PlanContext context)
    {
        var targets = table.Columns.Where(c => c.Default?.Kind == DefaultKind.AuthUid).ToArray();
        if (targets.Length == 0)
        {
            return (columns, rows);
        }
        var added = targets.Where(t => !columns.Contains(t)).ToArray();
        var allColumns = columns.Concat(added).ToArray();
        var filled = rows.Select(row => (IReadOnlyList<SqlValue?>)row.Concat(added.Select(_ => (SqlValue?)null))
            .Select((value, i) => value is null && targets.Contains(allColumns[i]) ? UserId(allColumns[i], context, table) : value)
            .ToArray()).ToArray();
        return (allColumns, filled);
    }

    private static SqlValue UserId(ColumnSchema column, PlanContext context, TableSchema table) =>
        context.UserId is { } id ? TextValueParser.Parse(id, column.Type, table.Name, column.Name) : SqlValue.Null(column.Type);
}
