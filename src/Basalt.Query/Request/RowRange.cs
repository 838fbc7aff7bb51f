namespace Basalt.Query.Request;

/// <summary>The <c>Range</c> header, items <c>First</c> to <c>Last</c> inclusive (<c>Range: 10-</c> has no last).</summary>
public sealed record RowRange(long First, long? Last)
{
    public override string ToString() => First + "-" + Last;
}
