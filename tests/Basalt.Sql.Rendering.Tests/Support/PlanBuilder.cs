using System.Text.RegularExpressions;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// Builds plans by hand against the test schema, as the planner will (relationships come from the real
/// <see cref="RelationshipResolver"/>). Values are given in their canonical CLR form; <c>int</c> is taken as <c>long</c>.
/// </summary>
public sealed partial class PlanBuilder(DatabaseSchema schema)
{
    /// <summary>In an insert row: the column's default applies (a null slot of the plan), unlike <c>null</c> (SQL NULL).</summary>
    public static readonly object Default = new();

    public DatabaseSchema Schema => schema;

    public TableSchema Table(string name) => schema.Find(name) ?? throw new ArgumentException($"no table {name}");

    public SelectNode Select(string table, params OutputItem[] items) => new(Table(table), items, null, [], null, 0);

    /// <summary><c>select=*</c>: every column, in order.</summary>
    public SelectNode Star(string table, params OutputItem[] more)
    {
        var t = Table(table);
        return new(t, [.. t.Columns.Select(c => (OutputItem)new ColumnOutput(c.Name, new FieldRef(c), null)), .. more], null, [], null, 0);
    }

    public ColumnOutput Column(string table, string column, string? key = null, ColumnKind? cast = null, string? path = null)
    {
        var field = Field(table, column, path);
        var name = key ?? (field.HasJsonPath ? field.Json[^1].Key : column);
        return new ColumnOutput(name, field, cast is { } kind ? new CastTarget(new ColumnType(kind)) : null);
    }

    public OutputItem[] Columns(string table, params string[] columns) => columns.Select(c => (OutputItem)Column(table, c)).ToArray();

    /// <summary>A field, with an optional JSON path written as in the URL: <c>-&gt;a-&gt;0-&gt;&gt;b</c>.</summary>
    public FieldRef Field(string table, string column, string? path = null)
    {
        var steps = path is null ? [] : PathStep().Matches(path).Select(m =>
        {
            var key = m.Groups[2].Value;
            return new JsonStep(key, Regex.IsMatch(key, "^-?[0-9]+$"), m.Groups[1].Value == "->>");
        }).ToArray();
        return new FieldRef(Table(table).Column(column), steps);
    }

    public EmbedOutput Embed(string from, string relation, SelectNode child, string? hint = null, string? key = null, bool inner = false, bool spread = false)
    {
        var resolved = RelationshipResolver.Resolve(schema, Table(from), relation, hint);
        Assert.True(resolved.Succeeded, resolved.ToString());
        return new EmbedOutput(key ?? relation, resolved.Relationship!, child, inner, spread);
    }

    public static AggregateOutput Count(string key = "count") => new(key, AggregateFunction.Count, null, null, null);

    public AggregateOutput Aggregate(AggregateFunction function, string table, string column, string? key = null) =>
        new(key ?? function.ToString().ToLowerInvariant(), function, Field(table, column), null, null);

    /// <summary>A condition typed as the planner types it: patterns and search text as text, other values as the field.</summary>
    public ConditionPredicate Where(string table, string column, FilterOperator op, object? value, Quantifier quantifier = Quantifier.None, string? language = null, string? path = null)
    {
        var field = Field(table, column, path);
        var type = op is FilterOperator.Like or FilterOperator.Ilike or FilterOperator.Match or FilterOperator.Imatch
            or FilterOperator.Fts or FilterOperator.Plfts or FilterOperator.Phfts or FilterOperator.Wfts
            ? new ColumnType(ColumnKind.Text)
            : field.ValueType;
        PlanOperand operand = value switch
        {
            IsValue check => new IsCheck(check),
            object?[] list when op == FilterOperator.In || quantifier != Quantifier.None => new ValuesOperand(list.Select(v => new SqlValue(type, Canonical(v))).ToArray()),
            _ => new ValueOperand(new SqlValue(type, Canonical(value))),
        };
        return new ConditionPredicate(field, op, quantifier, language, operand);
    }

    public OrderKey Asc(string table, string column, NullsOrder nulls = NullsOrder.Last, EmbedOutput? via = null, string? path = null) =>
        new(Field(table, column, path), via, SortDirection.Asc, nulls);

    public OrderKey Desc(string table, string column, NullsOrder nulls = NullsOrder.First, EmbedOutput? via = null, string? path = null) =>
        new(Field(table, column, path), via, SortDirection.Desc, nulls);

    public static ReadPlan Read(SelectNode root, PreferCount? count = null) => new(root, count);

    public SqlValue Value(string table, string column, object? value) => new(Table(table).Column(column).Type, Canonical(value));

    /// <summary>Canonical CLR forms: ints as long, object arrays as lists.</summary>
    public static object? Canonical(object? value) => value switch
    {
        int i => (long)i,
        object?[] list => list.Select(Canonical).ToList(),
        _ => value,
    };

    [GeneratedRegex(@"(->>|->)(-?[^->]+)")]
    private static partial Regex PathStep();
}
