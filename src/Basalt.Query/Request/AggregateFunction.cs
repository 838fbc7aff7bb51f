namespace Basalt.Query.Request;

/// <summary>The aggregates PostgREST allows in <c>select</c>.</summary>
public enum AggregateFunction
{
    Count,
    Sum,
    Avg,
    Min,
    Max,
}
