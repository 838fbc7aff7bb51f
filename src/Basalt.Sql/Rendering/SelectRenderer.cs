using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering;

/// <summary>
/// Walks a <see cref="SelectNode"/> tree once for every engine: each level is a <c>SELECT</c> of one JSON object per
/// row; embeds are correlated subqueries inside that object (to-one: the object or null, to-many: an aggregated
/// array), <c>!inner</c> and embed presence are <c>EXISTS</c>, ordering by a to-one embed's column is a scalar
/// subquery. The engine's <see cref="SqlFlavor"/> supplies every spelling. Split by concern into partial files.
/// </summary>
public sealed partial class SelectRenderer(QueryWriter writer)
{
    private SqlFlavor Flavor => writer.Flavor;

    /// <summary>
    /// The one-row document of a read: <c>body</c> (the array of the page's objects), <c>rows</c>, <c>total</c>
    /// (the count of the root's filtered rows without the page, when asked) and <c>keys</c> (null).
    /// </summary>
    public string ReadDocument(ReadPlan plan)
    {
        var root = plan.Root;
        var total = plan.Count is null ? Flavor.NullCount : Count(root);
        var alias = writer.NextAlias();
        return Array(root, From(root.Table, alias), alias, [], $", {total} AS total, {Flavor.NullText} AS keys");
    }

    /// <summary>
    /// <c>SELECT &lt;array&gt; AS body FROM …</c>: the level's objects aggregated in order. With
    /// <paramref name="documentColumns"/> (the root of a document) the body is text and <c>rows</c> counts the objects.
    /// </summary>
    public string Array(SelectNode node, string from, string alias, IReadOnlyList<string> conditions, string? documentColumns = null)
    {
        var document = documentColumns is not null;
        string Body(string aggregate) => document ? Flavor.DocumentText(aggregate) : aggregate;
        var tail = document ? ", count(*) AS rows" + documentColumns : "";
        if (IsFlat(node))
        {
            var aggregate = Flavor.JsonArrayAggregate(RowObject(node, alias), fromSubquery: false);
            return $"SELECT {Body(aggregate)} AS body{tail} FROM {from}{Where(node, alias, conditions)}";
        }
        var rows = writer.NextAlias();
        var ordered = Flavor.JsonArrayAggregate(rows + ".j", fromSubquery: true);
        return $"SELECT {Body(ordered)} AS body{tail} FROM ({Rows(node, from, alias, conditions)}) AS {rows}";
    }

    /// <summary>The level's rows, one JSON object each in column <c>j</c>, filtered, grouped, ordered and paged.</summary>
    public string Rows(SelectNode node, string from, string alias, IReadOnlyList<string> conditions) =>
        $"SELECT {RowObject(node, alias)} AS j FROM {from}{Where(node, alias, conditions)}{GroupBy(node, alias)}{OrderBy(node.Order, alias)}"
        + Flavor.Page(node.Limit, node.Offset);

    /// <summary>The count of the level's rows that pass its filters (and its inner embeds), ignoring the page.</summary>
    public string Count(SelectNode node)
    {
        var alias = writer.NextAlias();
        return $"(SELECT count(*) FROM {From(node.Table, alias)}{Where(node, alias, [])})";
    }

    /// <summary>One row as a JSON object whose keys are the level's items, in order (spread embeds contribute theirs).</summary>
    public string RowObject(SelectNode node, string alias) => Flavor.JsonObject(Pairs(node, alias));

    /// <summary>A row's primary key as a JSON object (<c>{"id": 1}</c>), for the <c>Location</c> of a write.</summary>
    public string KeyObject(TableSchema table, string alias) =>
        Flavor.JsonObject(table.PrimaryKey.Select(k => new KeyValuePair<string, string>(k, Flavor.Output(Flavor.Column(alias, k), table.Column(k).Type))).ToArray());

    /// <summary>The value of a field of the level's table: the column, or the JSON path into it.</summary>
    public string Field(FieldRef field, string alias)
    {
        var column = Flavor.Column(alias, field.Column.Name);
        return field.HasJsonPath ? Flavor.JsonPath(writer, column, field) : column;
    }

    /// <summary><c>" WHERE …"</c>: the given conditions, the level's filters and its inner embeds; empty when there are none.</summary>
    public string Where(SelectNode node, string alias, IReadOnlyList<string> conditions) =>
        Filter(node, alias, conditions) is { } filter ? " WHERE " + filter : "";

    /// <summary>The conditions, the level's filters and its inner embeds joined by AND; null when there are none.</summary>
    public string? Filter(SelectNode node, string alias, IReadOnlyList<string> conditions)
    {
        var all = new List<string>(conditions);
        if (node.Where is { } where)
        {
            all.Add(Predicate(where, alias));
        }
        all.AddRange(node.Embeds.Where(e => e.Inner).Select(e => Exists(e, alias)));
        return all.Count == 0 ? null : string.Join(" AND ", all);
    }

    /// <summary><c>" ORDER BY …"</c> or empty.</summary>
    public string OrderBy(IReadOnlyList<OrderKey> order, string alias)
    {
        if (order.Count == 0)
        {
            return "";
        }
        var terms = order.Select(key =>
        {
            var value = key.Via is null ? Field(key.Field, alias) : ViaValue(key, alias);
            var direction = key.Direction == SortDirection.Desc ? "DESC" : "ASC";
            // A column that cannot be null needs no nulls order (and then an index on it serves the order).
            var nullable = key.Via is not null || key.Field.HasJsonPath || key.Field.Column.Nullable;
            var nulls = nullable ? Flavor.Nulls(key.Direction, key.Nulls) : "";
            return $"{Flavor.Sortable(value, key.Field.ValueType)} {direction}{nulls}";
        });
        return " ORDER BY " + string.Join(", ", terms);
    }

    public string From(TableSchema table, string alias) => $"{Flavor.Table(table.Name)} AS {alias}";

    /// <summary>An aggregate level without plain columns (<c>comments(count)</c>): always exactly one row.</summary>
    public static bool IsSingleRow(SelectNode node) =>
        node.IsAggregate && !node.Items.Any(i => i is ColumnOutput or EmbedOutput { Spread: true }) && node.Limit is null or > 0 && node.Offset == 0;

    /// <summary>A level that needs no ordered subquery: its objects can be aggregated where they are selected.</summary>
    private static bool IsFlat(SelectNode node) => node.Order.Count == 0 && node.Limit is null && node.Offset == 0 && !node.IsAggregate;

    private List<KeyValuePair<string, string>> Pairs(SelectNode node, string alias)
    {
        var pairs = new List<KeyValuePair<string, string>>(node.Items.Count);
        foreach (var item in node.Items)
        {
            switch (item)
            {
                case ColumnOutput column:
                    pairs.Add(new(column.Key, Output(Field(column.Field, alias), column.Field.ValueType, column.Cast)));
                    break;
                case AggregateOutput aggregate:
                    pairs.Add(new(aggregate.Key, Aggregate(aggregate, alias)));
                    break;
                case EmbedOutput { Hidden: true }:
                    // comments!inner(): only filters (through Where), adds no key.
                    break;
                case EmbedOutput { Spread: true } spread:
                    pairs.AddRange(SpreadPairs(spread, alias));
                    break;
                case EmbedOutput embed:
                    pairs.Add(new(embed.Key, EmbedValue(embed, alias)));
                    break;
                default:
                    throw new NotSupportedException($"output item {item.GetType().Name} cannot be rendered");
            }
        }
        return pairs;
    }

    private string Output(string value, ColumnType type, CastTarget? cast) =>
        cast is null ? Flavor.Output(value, type) : Flavor.Output(Flavor.Cast(value, type, cast.Type), cast.Type);

    private string Aggregate(AggregateOutput aggregate, string alias)
    {
        var fieldType = aggregate.FieldCast?.Type ?? aggregate.Field?.ValueType;
        var argument = "*";
        if (aggregate.Field is { } field)
        {
            argument = Field(field, alias);
            if (aggregate.FieldCast is { } fieldCast)
            {
                argument = Flavor.Cast(argument, field.ValueType, fieldCast.Type);
            }
        }
        var (function, resultType) = aggregate.Function switch
        {
            AggregateFunction.Count => ("count", new ColumnType(ColumnKind.BigInt)),
            AggregateFunction.Sum => ("sum", fieldType ?? new ColumnType(ColumnKind.Numeric)),
            AggregateFunction.Avg => ("avg", new ColumnType(ColumnKind.Numeric)),
            AggregateFunction.Min => ("min", fieldType!),
            _ => ("max", fieldType!),
        };
        return Output($"{function}({argument})", resultType, aggregate.Cast);
    }

    /// <summary>A grouped level groups by its plain columns (PostgREST's rule for aggregates).</summary>
    private string GroupBy(SelectNode node, string alias)
    {
        if (!node.IsAggregate)
        {
            return "";
        }
        var keys = node.Items.OfType<ColumnOutput>().Select(c => Field(c.Field, alias)).Distinct().ToArray();
        return keys.Length == 0 ? "" : " GROUP BY " + string.Join(", ", keys);
    }
}
