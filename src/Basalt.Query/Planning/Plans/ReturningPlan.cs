using Basalt.Query.Request;

namespace Basalt.Query.Planning;

/// <summary>
/// The response of a write. <see cref="Shape"/> is the select tree applied to the affected rows (for
/// <c>return=representation</c>; embeds allowed); null otherwise. <see cref="PrimaryKey"/> asks the command to return
/// the primary-key values of the affected rows (for <c>Location</c> on <c>return=headers-only</c>).
/// <see cref="Count"/> is <c>Prefer: count=…</c> for the <c>Content-Range</c> total.
/// </summary>
public sealed record ReturningPlan(PreferReturn Return, SelectNode? Shape, bool PrimaryKey, PreferCount? Count)
{
    public static ReturningPlan Minimal { get; } = new(PreferReturn.Minimal, null, false, null);
}
