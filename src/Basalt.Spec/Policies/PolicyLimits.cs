namespace Basalt.Spec.Policies;

/// <summary>
/// Hard limits on one policy expression. A policy is compiled into every query of its table, so a pathological one
/// would cost every request; these are far beyond any real policy.
/// </summary>
public static class PolicyLimits
{
    /// <summary>Characters in one expression.</summary>
    public const int MaxLength = 4096;

    /// <summary>Nested <c>not</c>, parentheses and <c>exists</c>.</summary>
    public const int MaxDepth = 32;

    /// <summary>Items in one <c>in (…)</c> list.</summary>
    public const int MaxInItems = 256;
}
