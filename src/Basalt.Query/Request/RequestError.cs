namespace Basalt.Query.Request;

/// <summary>
/// A request Basalt refuses, in PostgREST's error body shape <c>{code, message, details, hint}</c> with its HTTP
/// status. Every code and status emitted here is listed in <see cref="RequestErrorCatalogue"/>.
/// </summary>
public sealed record RequestError(int Status, string Code, string Message, string? Details, string? Hint)
{
    public override string ToString() => $"{Status} {Code}: {Message}" + (Details is null ? "" : " | " + Details) + (Hint is null ? "" : " | hint: " + Hint);
}
