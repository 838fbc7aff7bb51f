using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// A column of the current level's table, with an optional JSON path into it (json/jsonb columns only; the planner
/// refuses a path on any other type). <see cref="ValueType"/> is what the field yields: the column's type without a
/// path, <c>text</c> when the last step is <c>->></c>, <c>jsonb</c> when it is <c>-></c>.
/// </summary>
public sealed record FieldRef(ColumnSchema Column, IReadOnlyList<JsonStep> Json)
{
    private static readonly ColumnType TextType = new(ColumnKind.Text);
    private static readonly ColumnType JsonbType = new(ColumnKind.Jsonb);

    public FieldRef(ColumnSchema column) : this(column, []) { }

    public bool HasJsonPath => Json.Count > 0;

    public ColumnType ValueType => Json.Count == 0 ? Column.Type : Json[^1].AsText ? TextType : JsonbType;

    public bool Equals(FieldRef? other) => other is not null && Column == other.Column && Json.SequenceEqual(other.Json);

    public override int GetHashCode() => HashCode.Combine(Column.Name, Json.Count);

    public override string ToString() => Column.Name + string.Concat(Json);
}
