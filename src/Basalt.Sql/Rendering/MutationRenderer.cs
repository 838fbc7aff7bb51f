using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering;

/// <summary>
/// The data-changing statement of a write, without its <c>RETURNING</c>: each engine wraps it (PostgreSQL in a CTE,
/// SQLite with a per-row <c>RETURNING</c>). <paramref name="target"/> is what follows <c>INSERT INTO</c>/<c>UPDATE</c>/
/// <c>DELETE FROM</c> and <paramref name="alias"/> how the statement's own conditions name that table: PostgreSQL
/// aliases it, SQLite's <c>RETURNING</c> can only name the table itself.
/// </summary>
public sealed class MutationRenderer(QueryWriter writer, string target, string alias)
{
    private SqlFlavor Flavor => writer.Flavor;

    /// <summary>One statement for every row; a null slot takes the column's default.</summary>
    public string Insert(InsertPlan plan, SelectRenderer select)
    {
        var table = plan.Table;
        var columns = plan.Columns;
        var rows = plan.Rows;
        if (columns.Count == 0)
        {
            // {} inserts a row of defaults: name one column and give it its default, which works for many rows at once.
            columns = [table.Columns[0]];
            rows = rows.Select(_ => (IReadOnlyList<SqlValue?>)[null]).ToArray();
        }
        var columnList = "(" + string.Join(", ", columns.Select(c => Flavor.Quote(c.Name))) + ")";
        string source;
        if (rows.Count == 0)
        {
            // Nothing to insert ([]): a statement that inserts nothing keeps the response's shape.
            source = "SELECT " + string.Join(", ", columns.Select(_ => "NULL")) + " WHERE FALSE";
        }
        else
        {
            source = "VALUES " + string.Join(", ", rows.Select(row =>
                "(" + string.Join(", ", columns.Select((c, i) => row[i] is { } value ? writer.Parameter(value) : Flavor.InsertDefault(table, c))) + ")"));
        }
        return $"INSERT INTO {target} {columnList} {source}{Conflict(plan.Conflict, columns, select)}";
    }

    /// <summary>The data-changing statement of any write plan, without its <c>RETURNING</c>.</summary>
    public string Statement(MutationPlan plan, SelectRenderer select) => plan switch
    {
        InsertPlan insert => Insert(insert, select),
        UpdatePlan update => Update(update, select),
        DeletePlan delete => Delete(delete, select),
        _ => throw new NotSupportedException($"plan {plan.GetType().Name} cannot be rendered"),
    };

    public string Update(UpdatePlan plan, SelectRenderer select)
    {
        if (plan.Set.Count == 0)
        {
            // Nothing to set: an update that matches no row.
            var first = Flavor.Quote(plan.Table.Columns[0].Name);
            return $"UPDATE {target} SET {first} = {first} WHERE FALSE";
        }
        var set = string.Join(", ", plan.Set.Select(a => $"{Flavor.Quote(a.Column.Name)} = {writer.Parameter(a.Value)}"));
        return $"UPDATE {target} SET {set}{Restriction(plan.Table, plan.Target, select)}";
    }

    public string Delete(DeletePlan plan, SelectRenderer select) =>
        $"DELETE FROM {target}{Restriction(plan.Table, plan.Target, select)}";

    /// <summary>
    /// The rows a PATCH or DELETE touches. With a limit, the first rows in the order are chosen by primary key in a
    /// subquery (neither engine limits an UPDATE or DELETE directly in its default build).
    /// </summary>
    private string Restriction(TableSchema table, RowTarget rows, SelectRenderer select)
    {
        var (where, order, limit, offset) = rows;
        if (limit is null)
        {
            return where is null ? "" : " WHERE " + select.Predicate(where, alias);
        }
        var inner = writer.NextAlias();
        var key = table.PrimaryKey;
        string Keys(string a) => key.Count == 1 ? Flavor.Column(a, key[0]) : "(" + string.Join(", ", key.Select(k => Flavor.Column(a, k))) + ")";
        var filter = where is null ? "" : " WHERE " + select.Predicate(where, inner);
        var chosen = $"SELECT {string.Join(", ", key.Select(k => Flavor.Column(inner, k)))} FROM {select.From(table, inner)}{filter}"
            + select.OrderBy(order, inner) + Flavor.Page(limit, offset);
        return $" WHERE {Keys(alias)} IN ({chosen})";
    }

    private string Conflict(ConflictPlan? conflict, IReadOnlyList<ColumnSchema> columns, SelectRenderer select)
    {
        if (conflict is null)
        {
            return "";
        }
        var on = " ON CONFLICT (" + string.Join(", ", conflict.Target.Select(c => Flavor.Quote(c.Name))) + ")";
        if (!conflict.Merge)
        {
            return on + " DO NOTHING";
        }
        var set = string.Join(", ", columns.Select(c => $"{Flavor.Quote(c.Name)} = excluded.{Flavor.Quote(c.Name)}"));
        // The policies' condition on the existing row: a row it refuses is left as it is (and the executor refuses the write).
        var guard = conflict.Where is { } where ? " WHERE " + select.Predicate(where, alias) : "";
        return on + " DO UPDATE SET " + set + guard;
    }
}
