using System.Globalization;
using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Sql.Rendering;

/// <summary>
/// What differs between engines when a plan becomes SQL: quoting, JSON construction, how a stored value becomes its
/// JSON form, casts, JSON paths, paging and the filter operators (<see cref="Conditions"/>). The walk of the plan
/// (<see cref="SelectRenderer"/>, <see cref="MutationRenderer"/>) is written once against this.
/// </summary>
public abstract class SqlFlavor
{
    public abstract ConditionRenderer Conditions { get; }

    /// <summary>SQL NULL typed as text, for a document column that has nothing to carry.</summary>
    public abstract string NullText { get; }

    /// <summary>SQL NULL typed as a bigint.</summary>
    public abstract string NullCount { get; }

    public abstract string Quote(string identifier);

    public abstract string Table(TableName table);

    /// <summary>A string literal, for text that came from the schema (enum labels) or a JSON key of the plan.</summary>
    public abstract string Literal(string text);

    /// <summary>The placeholder of a bound value, with whatever the engine needs around it to type it.</summary>
    public virtual string Parameter(SqlParameters parameters, SqlValue value) => parameters.Add(value);

    /// <summary>A JSON object of keys and values that are already in their JSON form (see <see cref="Output"/>).</summary>
    public abstract string JsonObject(IReadOnlyList<KeyValuePair<string, string>> pairs);

    /// <summary>
    /// The aggregate of JSON objects into an array, <c>[]</c> when there are none. <paramref name="fromSubquery"/>: the
    /// objects are a column of a subquery (SQLite forgets there that the text is JSON).
    /// </summary>
    public abstract string JsonArrayAggregate(string objects, bool fromSubquery);

    /// <summary>A JSON array of exactly one value.</summary>
    public abstract string JsonArrayOfOne(string value);

    /// <summary>
    /// <c>" NULLS FIRST"</c>/<c>" NULLS LAST"</c>, or empty when that is what the engine does anyway (so an index on
    /// the column can serve the order).
    /// </summary>
    public abstract string Nulls(SortDirection direction, NullsOrder nulls);

    /// <summary>A JSON value as the text column the executor reads.</summary>
    public abstract string DocumentText(string json);

    /// <summary>A stored value of <paramref name="type"/> as the value a JSON object should hold (PostgreSQL's JSON form).</summary>
    public abstract string Output(string expression, ColumnType type);

    /// <summary><c>expression::to</c>, following PostgreSQL's conversion of a value of type <paramref name="from"/>.</summary>
    public abstract string Cast(string expression, ColumnType from, ColumnType to);

    /// <summary>A column followed by a JSON path; the result has <see cref="FieldRef.ValueType"/> (text or jsonb).</summary>
    public abstract string JsonPath(QueryWriter writer, string column, FieldRef field);

    /// <summary>
    /// An enum value as its position among the declared labels: how PostgreSQL orders one enum type, written so that
    /// values of different enum types (or SQLite's text) order alike. The labels are the spec's, never a caller's.
    /// </summary>
    public string EnumOrdinal(string expression, ColumnType type)
    {
        var cases = type.Values.Select((label, i) => $" WHEN {Literal(label)} THEN {i.ToString(CultureInfo.InvariantCulture)}");
        return $"(CASE {expression}{string.Concat(cases)} END)";
    }

    /// <summary>The expression to sort and compare by (SQLite sorts enum labels by declaration, as PostgreSQL does).</summary>
    public virtual string Sortable(string expression, ColumnType type) => expression;

    /// <summary><c>LIMIT</c>/<c>OFFSET</c>, with a leading space, or empty.</summary>
    public abstract string Page(long? limit, long offset);

    /// <summary>The value a null slot of an insert row takes: the column's default.</summary>
    public abstract string InsertDefault(TableSchema table, ColumnSchema column);

    public string Column(string alias, string column) => alias + "." + Quote(column);
}
