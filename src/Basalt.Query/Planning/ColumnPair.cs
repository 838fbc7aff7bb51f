namespace Basalt.Query.Planning;

/// <summary>
/// One equality of a join: <see cref="Near"/> is a column of the table nearer the source of the embed,
/// <see cref="Far"/> a column of the table nearer its target (for a direct relationship: source and target).
/// </summary>
public sealed record ColumnPair(string Near, string Far)
{
    public override string ToString() => $"{Near} = {Far}";
}
