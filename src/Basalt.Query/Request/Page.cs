namespace Basalt.Query.Request;

/// <summary>
/// The rows the top level returns, after combining the <c>Range</c> header (GET only) with <c>limit</c> and
/// <c>offset</c> the way PostgREST does (their intersection). <see cref="Limit"/> null means no limit.
/// </summary>
public sealed record Page(long Offset, long? Limit)
{
    public static Page All { get; } = new(0, null);

    public override string ToString() => "offset " + Offset + (Limit is null ? "" : " limit " + Limit);
}
