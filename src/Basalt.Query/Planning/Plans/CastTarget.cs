using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// A <c>::type</c> cast in <c>select</c>, restricted to the spec's scalar types (PostgreSQL would accept any type name;
/// Basalt accepts the ones both engines can honour and refuses the rest with PostgREST's error for an unknown type).
/// </summary>
public sealed record CastTarget(ColumnType Type)
{
    public override string ToString() => Type.SpecName;
}
