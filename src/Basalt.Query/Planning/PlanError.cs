namespace Basalt.Query.Planning;

/// <summary>
/// A request the planner refuses, in PostgREST's error body shape <c>{code, message, details, hint}</c> with its
/// HTTP status. PGRST201's <c>details</c> is an array, not a string: when <see cref="Candidates"/> is not empty the
/// body's <c>details</c> is that array and <see cref="Details"/> is null.
/// </summary>
public sealed record PlanError(int Status, string Code, string Message, string? Details, string? Hint)
{
    public IReadOnlyList<EmbedCandidate> Candidates { get; init; } = [];

    public override string ToString() =>
        $"{Status} {Code}: {Message}" + (Details is null ? "" : " | " + Details)
        + (Candidates.Count == 0 ? "" : " | " + string.Join("; ", Candidates.Select(c => $"{c.Cardinality} {c.Embedding}: {c.Relationship}")))
        + (Hint is null ? "" : " | hint: " + Hint);
}
