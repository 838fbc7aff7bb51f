using Basalt.Spec.Naming;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// PostgREST's errors for names that do not resolve and for requests its planner refuses, with its codes, statuses and
/// wording, each with a hint naming the closest valid name where there is one.
/// </summary>
internal static class SchemaErrors
{
    private const string Schema = RelationshipResolver.DefaultSchemaName;

    public static PlanError UnknownTable(string name, IEnumerable<string> tables)
    {
        var closest = ClosestName.Find(name, tables);
        return new PlanError(404, "PGRST205", $"Could not find the table '{Schema}.{name}' in the schema cache", null,
            closest is null ? null : $"Perhaps you meant the table '{Schema}.{closest}'");
    }

    /// <summary>A column named in select, a filter or an order that the table lacks: PostgreSQL's own error.</summary>
    public static PlanError UnknownColumn(TableSchema table, string name)
    {
        var closest = ClosestName.Find(name, table.Columns.Select(c => c.Name));
        return new PlanError(400, "42703", $"column {table.Name.Name}.{name} does not exist", null,
            closest is null ? null : $"Perhaps you meant to reference the column \"{table.Name.Name}.{closest}\".");
    }

    /// <summary>A body key or <c>columns=</c> name the table lacks.</summary>
    public static PlanError UnknownPayloadColumn(TableSchema table, string name)
    {
        var closest = ClosestName.Find(name, table.Columns.Select(c => c.Name));
        return new PlanError(400, "PGRST204", $"Could not find the '{name}' column of '{table.Name.Name}' in the schema cache", null,
            closest is null ? null : $"Perhaps you meant the '{closest}' column of '{table.Name.Name}'.");
    }

    public static PlanError NotEmbedded(string path) =>
        new(400, "PGRST108", $"'{path}' is not an embedded resource in this request", null,
            $"Verify that '{path}' is included in the 'select' query parameter.");

    public static PlanError RelatedOrderNotToOne(string source, string relation) =>
        new(400, "PGRST118", $"A related order on '{relation}' is not possible",
            $"'{source}' and '{relation}' do not form a many-to-one or one-to-one relationship", null);

    public static PlanError SpreadNotToOne(string source, string relation) =>
        new(400, "PGRST119", $"A spread operation on '{relation}' is not possible",
            $"'{source}' and '{relation}' do not form a many-to-one or one-to-one relationship", null);

    public static PlanError JsonPathOnScalar(ColumnSchema column, bool asText) =>
        new(404, "42883", $"operator does not exist: {PostgresTypeNames.Of(column.Type.Kind)}{(column.Type.IsArray ? "[]" : "")} {(asText ? "->>" : "->")} unknown", null,
            "No operator matches the given name and argument types. You might need to add explicit type casts.");

    public static PlanError OperatorNotFor(string op, ColumnSchema column) =>
        new(404, "42883", $"operator does not exist: {PostgresTypeNames.Of(column.Type.Kind)}{(column.Type.IsArray ? "[]" : "")} {op} unknown", null,
            "No operator matches the given name and argument types. You might need to add explicit type casts.");

    public static PlanError UnknownType(string name) =>
        new(400, "42704", $"type \"{name}\" does not exist", null, null);

    public static PlanError UnknownTextSearchConfig(string name) =>
        new(400, "42704", $"text search configuration \"{name}\" does not exist", null, null);

    public static PlanError IsNotBoolean(string test, ColumnSchema column) =>
        new(400, "42804", $"argument of {test} must be type boolean, not type {PostgresTypeNames.Of(column.Type.Kind)}", null, null);

    public static PlanError LimitWithoutOrder() =>
        new(400, "PGRST109", "A 'limit' was applied without an explicit 'order'", null, "Apply an 'order' using unique column(s)");

    /// <summary>PostgREST's code for aggregates it will not run; Basalt runs them in reads, not over the rows a write returns.</summary>
    public static PlanError AggregateInWrite() =>
        new(400, "PGRST123", "Use of aggregate functions is not allowed", "The rows a write returns cannot be aggregated.",
            "Aggregate with a GET after the write.");

    public static PlanError NoConflictTarget() =>
        new(400, "42P10", "there is no unique or exclusion constraint matching the ON CONFLICT specification", null, null);

    public static PlanError PutFilters() =>
        new(405, "PGRST105", "Filters must include all and only primary key columns with 'eq' operators", null, null);

    public static PlanError PutPayloadMismatch() =>
        new(400, "PGRST115", "Payload values do not match URL in primary key column(s)", null, null);

    public static PlanError PutSingleRow() =>
        new(400, "PGRST102", "PUT payload must contain a single row", null, null);

    public static PlanError NoPrimaryKey(TableSchema table) =>
        new(405, "PGRST105", $"Table '{table.Name.Name}' has no primary key, which PUT needs", null, null);
}
