using Basalt.Query.Planning;
using Basalt.Query.Request;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>Write plans.</summary>
public sealed partial class PlanBuilder
{
    public static ReturningPlan Representation(SelectNode shape, bool keys = false, PreferCount? count = null) =>
        new(PreferReturn.Representation, shape, keys, count);

    public static ReturningPlan Keys { get; } = new(PreferReturn.HeadersOnly, null, true, null);

    public InsertPlan Insert(string table, string[] columns, object?[][] rows, ReturningPlan? returning = null, ConflictPlan? conflict = null)
    {
        var t = Table(table);
        var schemaColumns = columns.Select(t.Column).ToArray();
        var values = rows.Select(row => (IReadOnlyList<SqlValue?>)row.Select((v, i) =>
            ReferenceEquals(v, Default) ? null : new SqlValue(schemaColumns[i].Type, Canonical(v))).ToArray()).ToArray();
        return new InsertPlan(t, schemaColumns, values, conflict, returning ?? ReturningPlan.Minimal, null, false);
    }

    public ConflictPlan OnConflict(string table, bool merge, params string[] columns) => new(columns.Select(Table(table).Column).ToArray(), merge);

    public UpdatePlan Update(string table, (string Column, object? Value)[] set, Predicate? where, ReturningPlan? returning = null, IReadOnlyList<OrderKey>? order = null, long? limit = null)
    {
        var t = Table(table);
        var assignments = set.Select(s => new ColumnAssignment(t.Column(s.Column), new SqlValue(t.Column(s.Column).Type, Canonical(s.Value)))).ToArray();
        return new UpdatePlan(t, assignments, new RowTarget(where, order ?? [], limit, 0), returning ?? ReturningPlan.Minimal, null, false);
    }

    public DeletePlan Delete(string table, Predicate? where, ReturningPlan? returning = null, IReadOnlyList<OrderKey>? order = null, long? limit = null) =>
        new(Table(table), new RowTarget(where, order ?? [], limit, 0), returning ?? ReturningPlan.Minimal, null, false);
}
