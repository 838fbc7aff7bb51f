using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// <c>ON CONFLICT (<see cref="Target"/>)</c>: the primary key, or the unique constraint <c>on_conflict=</c> named.
/// <see cref="Merge"/> updates the conflicting row with the inserted values of the insert's columns
/// (<c>resolution=merge-duplicates</c>, and PUT); otherwise the conflicting row is left alone (<c>ignore-duplicates</c>).
/// <see cref="Where"/> (policies) is what the existing row must satisfy to be updated; one that does not is left alone,
/// so the write affects fewer rows than it sent, which the executor refuses (42501).
/// </summary>
public sealed record ConflictPlan(IReadOnlyList<ColumnSchema> Target, bool Merge)
{
    public Predicate? Where { get; init; }
}
