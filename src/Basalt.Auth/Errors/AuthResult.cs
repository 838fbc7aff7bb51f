using System.Diagnostics.CodeAnalysis;

namespace Basalt.Auth.Errors;

/// <summary>The value of an auth operation or the <see cref="AuthError"/> that refused it; bad input never throws.</summary>
public sealed class AuthResult<T>
{
    private AuthResult(T? value, AuthError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public AuthError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    // Conversions rather than static factories (CA1000): a method returns a value or an error and the compiler wraps it.
    public static implicit operator AuthResult<T>(AuthError error) => new(default, error);

    public static implicit operator AuthResult<T>(T value) => new(value, null);
}
