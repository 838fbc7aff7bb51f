namespace Basalt.Query.Request.Parsing;

/// <summary>Counts the conditions of one request against <see cref="RequestLimits.MaxFilters"/>.</summary>
internal sealed class FilterCounter
{
    public int Count { get; private set; }

    public static RequestError Error =>
        RequestErrors.Limit($"The request has more than {RequestLimits.MaxFilters} filters", "Conditions inside or/and trees count too.");

    public bool Add() => ++Count <= RequestLimits.MaxFilters;
}
