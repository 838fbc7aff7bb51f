using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// The table a many-to-many embed goes through. <see cref="SourceColumns"/> pair the source's columns (near) with
/// the junction's (far); <see cref="TargetColumns"/> pair the junction's columns (near) with the target's (far).
/// </summary>
public sealed record Junction(
    TableSchema Table,
    ForeignKey SourceKey,
    ForeignKey TargetKey,
    IReadOnlyList<ColumnPair> SourceColumns,
    IReadOnlyList<ColumnPair> TargetColumns);
