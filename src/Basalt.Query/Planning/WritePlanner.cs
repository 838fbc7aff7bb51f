using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// Plans POST, PUT, PATCH and DELETE: the columns and typed rows of the body, the conflict target of an upsert,
/// the filters/order/limit of an update or delete, and what the response returns.
/// </summary>
internal sealed class WritePlanner(ApiRequest request, PlanContext context, SelectPlanner selects)
{
    private Preferences Prefer => request.Preferences;

    private long? MaxAffected => Prefer.Handling == PreferHandling.Strict ? Prefer.MaxAffected : null;

    private bool Rollback => Prefer.Transaction == PreferTransaction.Rollback;

    public QueryPlan Insert(TableSchema table)
    {
        var body = request.Body ?? throw new PlanException(EmptyBody());
        var columns = Columns(table, request.Columns ?? BodyRows.Keys(body));
        var rows = BodyRows.Read(body, table, columns, Prefer.Missing == PreferMissing.Default);
        (columns, rows) = AuthUidDefaults.Fill(table, columns, rows, context);
        var conflict = Prefer.Resolution is { } resolution
            ? new ConflictPlan(ConflictTarget(table), resolution == PreferResolution.MergeDuplicates)
            : null;
        return new InsertPlan(table, columns, rows, conflict, Returning(table, insert: true), MaxAffected, Rollback);
    }

    public QueryPlan Put(TableSchema table)
    {
        if (table.PrimaryKey.Count == 0)
        {
            throw new PlanException(SchemaErrors.NoPrimaryKey(table));
        }
        var body = request.Body ?? throw new PlanException(EmptyBody());
        if (body.RowCount != 1)
        {
            throw new PlanException(SchemaErrors.PutSingleRow());
        }
        var keyFilters = PutKeyFilters(table);
        var columns = Columns(table, request.Columns ?? BodyRows.Keys(body));
        var rows = BodyRows.Read(body, table, columns, Prefer.Missing == PreferMissing.Default);
        foreach (var key in table.PrimaryKey)
        {
            var index = columns.ToList().FindIndex(c => c.Name == key);
            if (index < 0 || rows[0][index] is not { } value || !SqlValues.Same(value, keyFilters[key]))
            {
                throw new PlanException(SchemaErrors.PutPayloadMismatch());
            }
        }
        (columns, rows) = AuthUidDefaults.Fill(table, columns, rows, context);
        var target = table.PrimaryKey.Select(table.Column).ToArray();
        return new InsertPlan(table, columns, rows, new ConflictPlan(target, Merge: true), Returning(table, insert: true), MaxAffected, Rollback);
    }

    public QueryPlan Update(TableSchema table)
    {
        var body = request.Body ?? throw new PlanException(EmptyBody());
        var columns = Columns(table, request.Columns ?? BodyRows.Keys(body));
        var set = new List<ColumnAssignment>();
        if (body.RowCount > 0)
        {
            // PATCH applies one set of values to every matching row: the body's first (only) object.
            var values = BodyRows.Read(body, table, columns, missingIsDefault: false)[0];
            for (var i = 0; i < columns.Count; i++)
            {
                set.Add(new ColumnAssignment(columns[i], values[i] ?? SqlValue.Null(columns[i].Type)));
            }
        }
        return new UpdatePlan(table, set, Target(table), Returning(table, insert: false), MaxAffected, Rollback);
    }

    public QueryPlan Delete(TableSchema table)
    {
        return new DeletePlan(table, Target(table), Returning(table, insert: false), MaxAffected, Rollback);
    }

    private RowTarget Target(TableSchema table)
    {
        var scope = request.Root;
        var where = PredicatePlanner.Plan(table, scope.Filters, []);
        var order = scope.Order is { } terms ? OrderPlanner.Plan(table, terms, []) : [];
        if (scope.Limit is not null && order.Count == 0)
        {
            throw new PlanException(SchemaErrors.LimitWithoutOrder());
        }
        // An offset picks the slice only together with a limit, as in PostgREST's limited update/delete.
        return new RowTarget(where, order, scope.Limit, scope.Limit is null ? 0 : scope.Offset ?? 0);
    }

    private ReturningPlan Returning(TableSchema table, bool insert)
    {
        var kind = Prefer.Return ?? PreferReturn.Minimal;
        SelectNode? shape = null;
        if (kind == PreferReturn.Representation)
        {
            // The root scope's filters chose the rows to write; the representation shows all of them.
            shape = selects.Level(table, request.Select, EmbedPath.Root, 0, null) with { Where = null, Order = [] };
            if (shape.IsAggregate)
            {
                // SQLite's RETURNING cannot aggregate; refusing on every engine keeps their answers the same.
                throw new PlanException(SchemaErrors.AggregateInWrite());
            }
        }
        var keys = insert && kind == PreferReturn.HeadersOnly && table.PrimaryKey.Count > 0;
        return new ReturningPlan(kind, shape, keys, Prefer.Count);
    }

    private static IReadOnlyList<ColumnSchema> Columns(TableSchema table, IReadOnlyList<string> names) =>
        names.Select(n => table.FindColumn(n) ?? throw new PlanException(SchemaErrors.UnknownPayloadColumn(table, n))).ToArray();

    private IReadOnlyList<ColumnSchema> ConflictTarget(TableSchema table)
    {
        if (request.OnConflict is not { } names)
        {
            return table.PrimaryKey.Count > 0 ? table.PrimaryKey.Select(table.Column).ToArray() : throw new PlanException(SchemaErrors.NoConflictTarget());
        }
        var columns = names.Select(n => table.FindColumn(n) ?? throw new PlanException(SchemaErrors.UnknownColumn(table, n))).ToArray();
        var set = columns.Select(c => c.Name).ToHashSet();
        var matches = set.SetEquals(table.PrimaryKey) || table.Uniques.Any(u => set.SetEquals(u.Columns));
        return matches ? columns : throw new PlanException(SchemaErrors.NoConflictTarget());
    }

    /// <summary>PUT's filters must be exactly <c>pk=eq.value</c> for each primary-key column; returns the typed values.</summary>
    private Dictionary<string, SqlValue> PutKeyFilters(TableSchema table)
    {
        var values = new Dictionary<string, SqlValue>(StringComparer.Ordinal);
        foreach (var filter in request.Root.Filters)
        {
            if (filter is not Condition { Negated: false, Operator: FilterOperator.Eq, Quantifier: Quantifier.None, Field.Json.Count: 0, Operand: ScalarOperand operand } condition
                || !table.IsPrimaryKey(condition.Field.Name) || values.ContainsKey(condition.Field.Name))
            {
                throw new PlanException(SchemaErrors.PutFilters());
            }
            var column = table.Column(condition.Field.Name);
            values[column.Name] = TextValueParser.Parse(operand.Value, column.Type, table.Name, column.Name);
        }
        return values.Count == table.PrimaryKey.Count ? values : throw new PlanException(SchemaErrors.PutFilters());
    }

    private static PlanError EmptyBody() => new(400, "PGRST102", "Empty or invalid json", null, null);
}
