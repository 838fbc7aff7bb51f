namespace Basalt.Spec.Schema;

/// <summary>
/// A column's logical type as the spec declares it. Dialects map it to a physical type;
/// nothing here knows about SQLite or PostgreSQL.
/// </summary>
/// <param name="Kind">The scalar kind (the element kind when <paramref name="IsArray"/>).</param>
/// <param name="IsArray">True for <c>T[]</c>.</param>
/// <param name="Precision">Total digits of a <c>numeric</c>; null when unconstrained.</param>
/// <param name="Scale">Digits after the point of a <c>numeric</c>; null when unconstrained.</param>
/// <param name="EnumValues">The allowed labels of an <c>enum</c>, in declaration order; empty otherwise.</param>
public sealed record ColumnType(
    ColumnKind Kind,
    bool IsArray = false,
    int? Precision = null,
    int? Scale = null,
    IReadOnlyList<string>? EnumValues = null)
{
    public IReadOnlyList<string> Values => EnumValues ?? [];

    /// <summary>The spelling used in the spec (<c>text</c>, <c>numeric</c>, <c>text[]</c>), for messages and plans.</summary>
    public string SpecName => ColumnKinds.SpecName(Kind) + (IsArray ? "[]" : "");

    public bool IsInteger => !IsArray && Kind is ColumnKind.SmallInt or ColumnKind.Integer or ColumnKind.BigInt;

    public bool IsNumber => !IsArray && (IsInteger || Kind is ColumnKind.Real or ColumnKind.Double or ColumnKind.Numeric);

    public bool IsTextual => !IsArray && Kind is ColumnKind.Text or ColumnKind.Enum;

    public bool Equals(ColumnType? other) =>
        other is not null && Kind == other.Kind && IsArray == other.IsArray && Precision == other.Precision
        && Scale == other.Scale && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Kind, IsArray, Precision, Scale, Values.Count);

    public override string ToString() => Kind switch
    {
        ColumnKind.Numeric when Precision is not null => $"numeric({Precision}{(Scale is null ? "" : $",{Scale}")})" + (IsArray ? "[]" : ""),
        ColumnKind.Enum => $"enum({string.Join(", ", Values)})" + (IsArray ? "[]" : ""),
        _ => SpecName,
    };
}
