namespace Basalt.Spec.Policies;

/// <summary>The reserved words of the policy language; a column spelled like one must be double-quoted.</summary>
internal static class PolicyKeywords
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "is", "null", "like", "true", "false", "exists", "where", "as",
    };
}
