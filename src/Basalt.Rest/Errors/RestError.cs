using Basalt.Query.Planning;

namespace Basalt.Rest.Errors;

/// <summary>
/// Every refusal of <c>/rest/v1</c> in PostgREST's body shape <c>{code, details, hint, message}</c>, with its status and
/// the headers PostgREST sends with it (<c>WWW-Authenticate</c> on 401s). <see cref="Candidates"/>, when not empty,
/// is written as the <c>details</c> array (PGRST201) instead of <see cref="Details"/>. Never holds SQL, a path or a
/// stack trace.
/// </summary>
public sealed record RestError(int Status, string Code, string Message, string? Details, string? Hint)
{
    public IReadOnlyList<EmbedCandidate> Candidates { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public override string ToString() => $"{Status} {Code}: {Message}" + (Details is null ? "" : " | " + Details) + (Hint is null ? "" : " | hint: " + Hint);
}
