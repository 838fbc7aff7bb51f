namespace Basalt.Auth.Keys;

/// <summary>The outcome of checking an API key: the role it grants, or why it was refused.</summary>
public sealed record ServiceKeyValidation(bool IsValid, string? Role, string? Error)
{
    public static ServiceKeyValidation Valid(string role) => new(true, role, null);

    public static ServiceKeyValidation Invalid(string error) => new(false, null, error);
}
