using System.Globalization;
using Basalt.Query.Planning;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// Hand-written SQL for <see cref="ScriptedPlanner"/>'s plans, in the result shapes the renderers produce: PostgreSQL
/// answers every plan as one document row; SQLite answers reads as a document and writes one row per item
/// (its RETURNING cannot feed an aggregate). Page and limits are inlined; values are parameters.
/// </summary>
internal static class ItemsSql
{
    private const string Object = "json_object('id', id, 'name', name, 'qty', qty)";

    public static SqlCommand Render(Engine engine, QueryPlan plan) => (engine, plan) switch
    {
        (Engine.Sqlite, ReadPlan read) => Document(
            $"SELECT coalesce((SELECT json_group_array({Object}) FROM {Page(engine, read)}), '[]') AS \"body\", "
            + $"(SELECT count(*) FROM {Page(engine, read)}) AS \"rows\", {Total(read)} AS \"total\", NULL AS \"keys\""),
        (Engine.Postgres, ReadPlan read) => Document(
            $"SELECT coalesce(json_agg(t), '[]')::text AS \"body\", count(t.id) AS \"rows\", {Total(read)}::bigint AS \"total\", NULL::text AS \"keys\" "
            + $"FROM {Page(engine, read)}"),
        (_, MutationPlan write) => Write(engine, write),
        _ => throw new InvalidOperationException(plan.GetType().Name),
    };

    private static SqlCommand Write(Engine engine, MutationPlan write)
    {
        var arguments = new List<SqlArgument>();
        var statement = write switch
        {
            InsertPlan insert => $"INSERT INTO items (name, qty) VALUES {Values(insert, arguments)}"
                + (insert.Conflict is null ? "" : " ON CONFLICT (id) DO UPDATE SET qty = excluded.qty"),
            UpdatePlan update => $"UPDATE items SET qty = {Argument(update.Set[0].Value, arguments)} WHERE id IN ({Limited(update.Target.Limit)})",
            DeletePlan delete => $"DELETE FROM items WHERE id IN ({Limited(delete.Target.Limit)})",
            _ => throw new InvalidOperationException(write.GetType().Name),
        };
        var representation = write.Returning.Shape is not null;
        if (engine == Engine.Sqlite)
        {
            return new SqlCommand($"{statement} RETURNING {(representation ? Object : "NULL")} AS \"item\", json_object('id', id) AS \"key\"",
                arguments, ResultShape.RowPerItem);
        }
        return new SqlCommand(
            $"WITH w AS ({statement} RETURNING *) SELECT {(representation ? "coalesce(json_agg(w), '[]')::text" : "NULL::text")} AS \"body\", "
            + "count(*) AS \"rows\", NULL::bigint AS \"total\", coalesce(json_agg(json_build_object('id', w.id)), '[]')::text AS \"keys\" FROM w",
            arguments, ResultShape.Document);
    }

    private static string Values(InsertPlan insert, List<SqlArgument> arguments) =>
        string.Join(", ", insert.Rows.Select(row => "(" + string.Join(", ", row.Select(v => Argument(v!, arguments))) + ")"));

    private static string Argument(SqlValue value, List<SqlArgument> arguments)
    {
        var name = "p" + arguments.Count.ToString(CultureInfo.InvariantCulture);
        arguments.Add(new SqlArgument(name, value));
        return "@" + name;
    }

    private static string Limited(long? limit) => "SELECT id FROM items ORDER BY id" + (limit is { } n ? " LIMIT " + n : "");

    private static string Page(Engine engine, ReadPlan read)
    {
        var root = read.Root;
        var limit = root.Limit is { } n ? n.ToString(CultureInfo.InvariantCulture) : engine == Engine.Sqlite ? "-1" : "ALL";
        return $"(SELECT id, name, qty FROM items ORDER BY id LIMIT {limit} OFFSET {root.Offset}) t";
    }

    private static string Total(ReadPlan read) => read.Count is null ? "NULL" : "(SELECT count(*) FROM items)";

    private static SqlCommand Document(string sql) => new(sql, [], ResultShape.Document);
}
