using System.Collections;

namespace Basalt.Query.Planning;

/// <summary>Comparisons of typed values the planner needs (PUT checks the body's key against the URL's).</summary>
internal static class SqlValues
{
    public static bool Same(SqlValue a, SqlValue b) => Equal(a.Value, b.Value);

    private static bool Equal(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (IList x, IList y) => x.Count == y.Count && Enumerable.Range(0, x.Count).All(i => Equal(x[i], y[i])),
        _ => a.Equals(b),
    };
}
