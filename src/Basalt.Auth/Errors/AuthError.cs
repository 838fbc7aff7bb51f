namespace Basalt.Auth.Errors;

/// <summary>
/// A refused auth request as GoTrue reports it: the HTTP status, GoTrue's error code (<c>invalid_credentials</c>,
/// <c>weak_password</c>, …) and its message. <see cref="WeakPasswordReasons"/> is set for <c>weak_password</c> (GoTrue's
/// <c>weak_password.reasons</c>), <see cref="RetryAfter"/> for the 429s of the rate limits.
/// </summary>
public sealed record AuthError(int Status, string Code, string Message)
{
    public IReadOnlyList<string>? WeakPasswordReasons { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public override string ToString() => $"{Status} {Code}: {Message}";
}
