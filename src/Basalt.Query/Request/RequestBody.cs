namespace Basalt.Query.Request;

/// <summary>The parsed body of a write: <see cref="JsonBody"/> or <see cref="TextRowsBody"/>. Values are not typed yet.</summary>
public abstract record RequestBody
{
    public abstract int RowCount { get; }
}
