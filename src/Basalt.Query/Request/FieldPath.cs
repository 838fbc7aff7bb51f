namespace Basalt.Query.Request;

/// <summary>A column name with an optional JSON path into it, e.g. <c>json_data->phones->0->>number</c>.</summary>
public sealed record FieldPath(string Name, IReadOnlyList<JsonStep> Json)
{
    public FieldPath(string name) : this(name, []) { }

    public bool Equals(FieldPath? other) => other is not null && Name == other.Name && Json.SequenceEqual(other.Json);

    public override int GetHashCode() => HashCode.Combine(Name, Json.Count);

    public override string ToString() => Syntax.Name(Name) + string.Concat(Json);
}
